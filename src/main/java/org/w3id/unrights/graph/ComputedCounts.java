package org.w3id.unrights.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
 * The fact tallies of {@code graph/computed} ({@link ComputedGraph}): how many facts each source's graph holds of
 * each kind and at each certainty, counted once at build from the asserted facts, so that the questions about the
 * whole graph's make-up ({@code facts-per-source}, {@code how-sure-is-the-graph}) read a few hundred counts
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
    public static final Node FACTS_PER_SOURCE_AND_KIND = Ids.concept("computation", "facts-per-source-and-kind");
    public static final Node FACTS_PER_SOURCE_AND_CERTAINTY = Ids.concept("computation", "facts-per-source-and-certainty");
    private static final Node NO_KIND = NodeFactory.createURI(Ids.ID + "tally/none");

    private final DatasetGraph dataset;
    private final OntologyTerms terms;
    private final Set<Node> labels;
    /** Per source, per kind (or {@link #NO_KIND}): the facts. */
    private final Map<Node, Map<Node, Set<Node>>> ofKind = new TreeMap<>(NodeCmp::compareRDFTerms);
    /** Per source, per certainty: the facts, and those with a value deduced rather than read. */
    private final Map<Node, Map<Node, Set<Node>>> atCertainty = new TreeMap<>(NodeCmp::compareRDFTerms);
    private final Map<Node, Map<Node, Set<Node>>> deducedAtCertainty = new HashMap<>();

    private ComputedCounts(DatasetGraph dataset) {
        this.dataset = dataset;
        this.terms = new OntologyTerms(dataset.getGraph(Ids.ONTOLOGY_GRAPH));
        this.labels = terms.withNarrowerProperties(Std.rdfsLabel);
    }

    /** The counts of {@code dataset}'s asserted facts, as the graph {@code graph/computed} holds them; inside a read transaction. */
    static Graph of(DatasetGraph dataset) {
        ComputedCounts counts = new ComputedCounts(dataset);
        counts.count();
        return counts.graph();
    }

    private void count() {
        Set<Node> derivations = terms.withNarrowerProperties(Std.provWasDerivedFrom);
        Map<Node, Set<Node>> kindsOfFact = new HashMap<>();
        for (Node derivedFrom : derivations) {
            dataset.find(Node.ANY, Node.ANY, derivedFrom, Node.ANY).forEachRemaining(q -> {
                if (ComputedGraph.readFrom(q) && !q.getSubject().equals(q.getObject())) {
                    Node fact = q.getSubject();
                    for (Node kind : kindsOfFact.computeIfAbsent(fact, this::kinds)) {
                        facts(ofKind, q.getObject(), kind).add(fact);
                    }
                }
            });
        }
        Set<Node> inferredFlags = terms.withNarrowerProperties(Unr.inferred);
        for (Node certainty : terms.withNarrowerProperties(Unr.certainty)) {
            dataset.find(Node.ANY, Node.ANY, certainty, Node.ANY).forEachRemaining(q -> {
                if (!ComputedGraph.readFrom(q)) {
                    return;
                }
                Node g = q.getGraph();
                Node fact = q.getSubject();
                Node concept = q.getObject();
                boolean deduced = inferredFlags.stream().anyMatch(p -> dataset.contains(g, fact, p, NodeConst.nodeTrue));
                for (Node derivedFrom : derivations) {
                    dataset.find(g, fact, derivedFrom, Node.ANY).forEachRemaining(d -> {
                        facts(atCertainty, d.getObject(), concept).add(fact);
                        if (deduced) {
                            facts(deducedAtCertainty, d.getObject(), concept).add(fact);
                        }
                    });
                }
            });
        }
    }

    /**
     * The fact's most specific classes of the ontology: among its stated types and their superclasses, those in
     * the ontology's namespace with a label, less any of them above another; {@link #NO_KIND} if none.
     */
    private Set<Node> kinds(Node fact) {
        Set<Node> classes = new HashSet<>();
        dataset.find(Node.ANY, fact, Std.rdfType, Node.ANY).forEachRemaining(q -> {
            classes.add(q.getObject());
            classes.addAll(terms.superClassesOf(q.getObject()));
        });
        classes.removeIf(c -> !c.isURI() || !c.getURI().startsWith(Unr.NS) || !labelled(c));
        Set<Node> kinds = new HashSet<>(classes);
        classes.forEach(c -> terms.superClassesOf(c).stream().filter(above -> !above.equals(c)).forEach(kinds::remove));
        return kinds.isEmpty() ? Set.of(NO_KIND) : kinds;
    }

    private boolean labelled(Node type) {
        return labels.stream().anyMatch(p -> dataset.find(Node.ANY, type, p, Node.ANY).hasNext());
    }

    private static Set<Node> facts(Map<Node, Map<Node, Set<Node>>> table, Node source, Node key) {
        return table.computeIfAbsent(source, s -> new TreeMap<>(NodeCmp::compareRDFTerms)).computeIfAbsent(key, k -> new HashSet<>());
    }

    private Graph graph() {
        Graph out = GraphFactory.createDefaultGraph();
        ofKind.forEach((source, kinds) -> kinds.forEach((kind, facts) -> {
            Node tally = NodeFactory.createURI(Ids.ID + "tally/" + ComputedGraph.key(source) + "/kind/" + (kind.equals(NO_KIND) ? "none" : localName(kind)));
            tally(out, tally, FACTS_PER_SOURCE_AND_KIND, source, facts.size());
            if (!kind.equals(NO_KIND)) {
                out.add(tally, Unr.factKind, kind);
            }
        }));
        atCertainty.forEach((source, certainties) -> certainties.forEach((concept, facts) -> {
            Node tally = NodeFactory.createURI(Ids.ID + "tally/" + ComputedGraph.key(source) + "/certainty/" + localName(concept));
            tally(out, tally, FACTS_PER_SOURCE_AND_CERTAINTY, source, facts.size());
            out.add(tally, Unr.tallyCertainty, concept);
            int deduced = deducedAtCertainty.getOrDefault(source, Map.of()).getOrDefault(concept, Set.of()).size();
            out.add(tally, Unr.inferredValueCount, integer(deduced));
        }));
        return out;
    }

    private static void tally(Graph out, Node tally, Node method, Node source, int facts) {
        out.add(tally, Std.rdfType, Unr.FactTally);
        out.add(tally, Unr.computedBy, method);
        out.add(tally, Unr.tallySource, source);
        out.add(tally, Unr.factCount, integer(facts));
    }


    private static String localName(Node term) {
        String iri = term.getURI();
        return URLEncoder.encode(iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1), StandardCharsets.UTF_8);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
