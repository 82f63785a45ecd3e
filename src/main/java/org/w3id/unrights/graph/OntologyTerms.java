package org.w3id.unrights.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.unrights.vocab.Std;

/**
 * The ontology's class and property hierarchy as the values computed at build read it: what is above a class, and
 * which properties and classes fall under a term, so that a computation counts subproperties and subclasses with
 * their broader terms the way the query view's hierarchy makes {@code /sparql} answer.
 */
final class OntologyTerms {
    private static final Node SUB_PROPERTY_OF = NodeFactory.createURI(Std.RDFS + "subPropertyOf");

    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, Set<Node>> superProperties;

    OntologyTerms(Graph ontology) {
        this.superClasses = closure(ontology, Std.rdfsSubClassOf);
        this.superProperties = closure(ontology, SUB_PROPERTY_OF);
    }

    /** Every class above {@code type} (not itself, unless the links go round). */
    Set<Node> superClassesOf(Node type) {
        return superClasses.getOrDefault(type, Set.of());
    }

    /** {@code property} and every property under it. */
    Set<Node> withNarrowerProperties(Node property) {
        return withNarrower(property, superProperties);
    }

    /** {@code type} and every class under it. */
    Set<Node> withNarrowerClasses(Node type) {
        return withNarrower(type, superClasses);
    }

    private static Set<Node> withNarrower(Node term, Map<Node, Set<Node>> above) {
        Set<Node> all = new HashSet<>(Set.of(term));
        above.forEach((narrower, supers) -> {
            if (supers.contains(term)) {
                all.add(narrower);
            }
        });
        return all;
    }

    /** Per term, every term above it through {@code link} (not itself, unless the links go round). */
    private static Map<Node, Set<Node>> closure(Graph ontology, Node link) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        ontology.find(Node.ANY, link, Node.ANY).forEachRemaining(t ->
                direct.computeIfAbsent(t.getSubject(), s -> new HashSet<>()).add(t.getObject()));
        Map<Node, Set<Node>> closed = new HashMap<>();
        direct.keySet().forEach(term -> {
            Set<Node> above = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(term));
            while (!todo.isEmpty()) {
                Node next = todo.pop();
                if (above.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            closed.put(term, above);
        });
        return closed;
    }
}
