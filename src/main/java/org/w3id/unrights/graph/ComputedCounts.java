package org.w3id.unrights.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.NodeConst;
import org.apache.jena.sparql.util.NodeCmp;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The fact tallies of {@code graph/computed} ({@link ComputedGraph}): how many facts each source's graph holds in
 * all, of each kind and at each certainty, counted once at build from the asserted facts, so that the questions about the
 * whole graph's make-up ({@code sources-overview}, {@code facts-per-source}, {@code how-sure-is-the-graph}) read a few hundred counts
 * instead of joining every fact with its types at each request. Each count is a {@code unr:FactTally} that names
 * the method it was computed by ({@code unr:computedBy}, a concept of the scheme {@code vocab/computation}); none carries
 * {@code prov:wasDerivedFrom}, so no count is itself taken for a fact of a source.
 * <p>
 * The counts follow what {@code /sparql} answers: a fact's kinds are its most specific classes of the ontology
 * (its stated types and their superclasses, the narrowest of those under {@code unr:} with a label), and the
 * derivation, certainty and inferred-value properties take their subproperties with them, as the query view's
 * hierarchy does ({@link QueryView}). {@code ComputedCountsTest} checks both named queries against the same
 * questions asked of every fact.
 */
public final class ComputedCounts {
    /** The methods, concepts of the computation scheme whose definitions say exactly what is counted. */
    public static final Node FACTS_PER_SOURCE = Ids.concept("computation", "facts-per-source");
    public static final Node FACTS_PER_SOURCE_AND_KIND = Ids.concept("computation", "facts-per-source-and-kind");
    public static final Node FACTS_PER_SOURCE_AND_CERTAINTY = Ids.concept("computation", "facts-per-source-and-certainty");
    private static final Node NO_KIND = NodeFactory.createURI(Ids.ID + "tally/none");

    private final DatasetGraph dataset;
    private final OntologyTerms terms;
    private final Set<Node> labels;
    /** Per source: its distinct facts, by identifier ({@link QuadIds}); a fact of several kinds counts once here. */
    private final Map<Node, Set<Object>> ofSource = new TreeMap<>(NodeCmp::compareRDFTerms);
    /** Per source, per kind (or {@link #NO_KIND}): the facts, by identifier. */
    private final Map<Node, Map<Node, Set<Object>>> ofKind = new TreeMap<>(NodeCmp::compareRDFTerms);
    /** Per source, per certainty: the facts, and those with a value deduced rather than read. */
    private final Map<Node, Map<Node, Set<Object>>> atCertainty = new TreeMap<>(NodeCmp::compareRDFTerms);
    private final Map<Node, Map<Node, Set<Object>>> deducedAtCertainty = new HashMap<>();
    private final Map<Node, Boolean> labelledClasses = new HashMap<>();

    private ComputedCounts(DatasetGraph dataset) {
        this.dataset = dataset;
        this.terms = new OntologyTerms(dataset.getGraph(Ids.ONTOLOGY_GRAPH));
        this.labels = terms.withNarrowerProperties(Std.rdfsLabel);
    }

    /** The counts of {@code dataset}'s asserted facts, as the graph {@code graph/computed} holds them; inside a read transaction. */
    static Graph of(DatasetGraph dataset) {
        ComputedCounts counts = new ComputedCounts(dataset);
        counts.count(QuadIds.of(dataset));
        return counts.graph();
    }

    /**
     * Reads each counted property's quads once and each fact's types, by identifier ({@link QuadIds}): a fact is
     * only counted, so only sources, classes and concepts are turned back into terms. Looking up each fact's
     * sources and flags, term by term, took most of the computed graph's time on a fresh store of ten times the
     * roll calls (120,000 facts).
     */
    private <T> void count(QuadIds<T> quads) {
        T type = quads.id(Std.rdfType);
        Map<T, Node> termOf = new HashMap<>();
        Function<T, Node> term = id -> termOf.computeIfAbsent(id, quads::term);
        /* Per graph and fact, the sources that graph derives it from, for the certainties below. */
        Map<List<T>, List<Node>> sourcesInGraph = new HashMap<>();
        Map<T, Set<Node>> kindsOfFact = new HashMap<>();
        for (T derivedFrom : ids(quads, terms.withNarrowerProperties(Std.provWasDerivedFrom))) {
            quads.find(null, null, derivedFrom, null, (g, fact, p, source) -> {
                if (!ComputedGraph.readFrom(term.apply(g))) {
                    return;
                }
                Node sourceTerm = term.apply(source);
                sourcesInGraph.computeIfAbsent(List.of(g, fact), k -> new ArrayList<>(1)).add(sourceTerm);
                if (!fact.equals(source)) {
                    ofSource.computeIfAbsent(sourceTerm, s -> new HashSet<>()).add(fact);
                    for (Node kind : kindsOfFact.computeIfAbsent(fact, f -> kinds(quads, f, type, term))) {
                        facts(ofKind, sourceTerm, kind).add(fact);
                    }
                }
            });
        }
        Set<List<T>> deduced = new HashSet<>();
        T yes = quads.id(NodeConst.nodeTrue);
        for (T inferred : yes == null ? List.<T>of() : ids(quads, terms.withNarrowerProperties(Unr.inferred))) {
            quads.find(null, null, inferred, yes, (g, fact, p, o) -> deduced.add(List.of(g, fact)));
        }
        for (T certainty : ids(quads, terms.withNarrowerProperties(Unr.certainty))) {
            quads.find(null, null, certainty, null, (g, fact, p, concept) -> {
                List<T> key = List.of(g, fact);
                for (Node source : sourcesInGraph.getOrDefault(key, List.of())) {
                    facts(atCertainty, source, term.apply(concept)).add(fact);
                    if (deduced.contains(key)) {
                        facts(deducedAtCertainty, source, term.apply(concept)).add(fact);
                    }
                }
            });
        }
    }

    /** The identifiers of those of {@code terms} that the dataset holds. */
    private static <T> List<T> ids(QuadIds<T> quads, Set<Node> terms) {
        return terms.stream().map(quads::id).filter(Objects::nonNull).toList();
    }

    /**
     * The fact's most specific classes of the ontology: among its stated types and their superclasses, those in
     * the ontology's namespace with a label, less any of them above another; {@link #NO_KIND} if none.
     */
    private <T> Set<Node> kinds(QuadIds<T> quads, T fact, T type, Function<T, Node> term) {
        Set<Node> classes = new HashSet<>();
        if (type != null) {
            quads.find(null, fact, type, null, (g, s, p, c) -> {
                Node stated = term.apply(c);
                classes.add(stated);
                classes.addAll(terms.superClassesOf(stated));
            });
        }
        classes.removeIf(c -> !c.isURI() || !c.getURI().startsWith(Unr.NS) || !labelled(c));
        Set<Node> kinds = new HashSet<>(classes);
        classes.forEach(c -> terms.superClassesOf(c).stream().filter(above -> !above.equals(c)).forEach(kinds::remove));
        return kinds.isEmpty() ? Set.of(NO_KIND) : kinds;
    }

    /** Whether {@code type} has a label, asked of the store once per class. */
    private boolean labelled(Node type) {
        return labelledClasses.computeIfAbsent(type, t -> labels.stream().anyMatch(p -> dataset.find(Node.ANY, t, p, Node.ANY).hasNext()));
    }

    private static Set<Object> facts(Map<Node, Map<Node, Set<Object>>> table, Node source, Node key) {
        return table.computeIfAbsent(source, s -> new TreeMap<>(NodeCmp::compareRDFTerms)).computeIfAbsent(key, k -> new HashSet<>());
    }

    private Graph graph() {
        Graph out = GraphFactory.createDefaultGraph();
        ofSource.forEach((source, facts) -> tally(out, "all", FACTS_PER_SOURCE, source, facts.size()));
        ofKind.forEach((source, kinds) -> kinds.forEach((kind, facts) -> {
            Node tally = tally(out, "kind/" + (kind.equals(NO_KIND) ? "none" : localName(kind)), FACTS_PER_SOURCE_AND_KIND, source, facts.size());
            if (!kind.equals(NO_KIND)) {
                out.add(tally, Unr.factKind, kind);
            }
        }));
        atCertainty.forEach((source, certainties) -> certainties.forEach((concept, facts) -> {
            Node tally = tally(out, "certainty/" + localName(concept), FACTS_PER_SOURCE_AND_CERTAINTY, source, facts.size());
            out.add(tally, Unr.tallyCertainty, concept);
            int deduced = deducedAtCertainty.getOrDefault(source, Map.of()).getOrDefault(concept, Set.of()).size();
            out.add(tally, Unr.inferredValueCount, integer(deduced));
        }));
        return out;
    }

    /** Writes the tally {@code tally/{source's key}/{what}} of {@code facts} facts of {@code source}; returns it. */
    private static Node tally(Graph out, String what, Node method, Node source, int facts) {
        Node tally = NodeFactory.createURI(Ids.ID + "tally/" + ComputedGraph.key(source) + "/" + what);
        out.add(tally, Std.rdfType, Unr.FactTally);
        out.add(tally, Unr.computedBy, method);
        out.add(tally, Unr.tallySource, source);
        out.add(tally, Unr.factCount, integer(facts));
        return tally;
    }


    private static String localName(Node term) {
        String iri = term.getURI();
        return URLEncoder.encode(iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1), StandardCharsets.UTF_8);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
