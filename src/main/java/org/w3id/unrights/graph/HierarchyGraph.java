package org.w3id.unrights.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.GraphRDFS;
import org.apache.jena.rdfs.setup.ConfigRDFS;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * Jena's RDFS graph for a vocabulary of class and property hierarchy alone, with the {@code rdf:type} look-ups
 * that such a vocabulary makes cheap answered directly. Jena's matcher, written for rdfs:domain and rdfs:range
 * as well, reads every triple a resource is the subject or object of to learn its types, even when no property
 * has a domain or range: asking for the types of a state read every ballot it cast, and {@code ?x a ?class}
 * read the whole graph. Without domain and range, a resource's types are its stated types and their
 * superclasses, and that is what is read here; the answers are the ones Jena's matcher gives (the same triples,
 * as many times). Every other pattern is Jena's.
 */
final class HierarchyGraph extends GraphRDFS {
    private static final Node TYPE = RDF.type.asNode();

    private final Graph base;
    private final ConfigRDFS<Node> setup;

    HierarchyGraph(Graph base, ConfigRDFS<Node> setup) {
        super(base, setup);
        this.base = base;
        this.setup = setup;
    }

    /** Whether this graph answers as Jena's RDFS graph would for {@code setup}: no domain, range or sub-property of rdf:type. */
    static boolean suits(ConfigRDFS<Node> setup) {
        return !setup.hasDomainDeclarations() && !setup.hasRangeDeclarations()
                && setup.getSubPropertyHierarchy().values().stream().noneMatch(supers -> supers.contains(TYPE));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return WrappedIterator.ofStream(stream(s, p, o));
    }

    @Override
    public Stream<Triple> stream(Node s, Node p, Node o) {
        if (!concrete(p) && concrete(s) && concrete(o)) {
            return between(s, o);
        }
        if (!TYPE.equals(p)) {
            return super.stream(s, p, o);
        }
        if (concrete(s)) {
            return concrete(o) ? typedAs(s, o) : typesOf(s);
        }
        if (!concrete(o)) {
            return everyType();
        }
        // Instances of a class without subclasses are its stated instances, streamed as the store gives them, so a
        // cancelled query stops at the next one; Jena's look-up gathers them all first (the 869,937 ballots).
        // With subclasses, Jena's look-up, class by subclass, is direct and answers each instance once.
        return setup.getSubClasses(o).isEmpty() ? base.stream(s, p, o) : super.stream(s, p, o);
    }

    /**
     * Every triple from {@code s} to {@code o}, as Jena's matcher gives them: those stated, each followed by one for
     * each of its superproperties, and {@code s rdf:type o} once for each stated type of {@code s} that {@code o} is
     * a superclass of. Two look-ups where Jena's matcher makes several, which mattered where a query asks, row by
     * row and graph by graph, how two resources are linked.
     */
    private Stream<Triple> between(Node s, Node o) {
        Stream<Triple> stated = base.stream(s, Node.ANY, o).flatMap(t -> Stream.concat(Stream.of(t),
                setup.getSuperProperties(t.getPredicate()).stream().map(p -> Triple.create(s, p, o))));
        if (setup.getSubClasses(o).isEmpty()) {
            return stated;
        }
        Stream<Triple> typed = base.stream(s, TYPE, Node.ANY)
                .filter(t -> setup.getSuperClasses(t.getObject()).contains(o))
                .map(t -> Triple.create(s, TYPE, o));
        return Stream.concat(stated, typed);
    }

    /**
     * {@code s rdf:type type} once if {@code s} has that type stated or a stated type below it. A class without
     * subclasses is only ever stated, so one look-up answers (asking a title whether a node is a ballot, a query
     * whether a fact's target is of each kind of mechanism); for the others the stated types are read once.
     */
    private Stream<Triple> typedAs(Node s, Node type) {
        boolean typed = base.contains(s, TYPE, type) || !setup.getSubClasses(type).isEmpty() && statedTypeBelow(s, type);
        return typed ? Stream.of(Triple.create(s, TYPE, type)) : Stream.empty();
    }

    /** Whether a stated type of {@code s} has {@code type} among its superclasses. */
    private boolean statedTypeBelow(Node s, Node type) {
        try (Stream<Triple> stated = base.stream(s, TYPE, Node.ANY)) {
            return stated.anyMatch(t -> setup.getSuperClasses(t.getObject()).contains(type));
        }
    }

    /** The stated types of {@code s} and all their superclasses, each once. */
    private Stream<Triple> typesOf(Node s) {
        Set<Node> types = new HashSet<>();
        base.stream(s, TYPE, Node.ANY).forEach(t -> {
            types.add(t.getObject());
            types.addAll(setup.getSuperClasses(t.getObject()));
        });
        return types.stream().map(type -> Triple.create(s, TYPE, type));
    }

    /** Every stated type triple, each followed by one for each superclass of its class. */
    private Stream<Triple> everyType() {
        return base.stream(Node.ANY, TYPE, Node.ANY).flatMap(t -> Stream.concat(Stream.of(t),
                setup.getSuperClasses(t.getObject()).stream().map(c -> Triple.create(t.getSubject(), TYPE, c))));
    }

    private static boolean concrete(Node n) {
        return n != null && n.isConcrete();
    }
}
