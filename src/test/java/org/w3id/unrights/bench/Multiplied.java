package org.w3id.unrights.bench;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.BulkSource;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;

/**
 * A seeded stand-in for a bulk data set, for measuring how costs grow: {@code factor - 1} more copies of every
 * source graph of today's curated data, each under new names. Things a source defines get a copy suffix in
 * their IRI, blank nodes are fresh per copy, each copy is its own named graph, and integers are shifted by a
 * seeded amount so that copies do not share every literal; the reference things (states, bodies, persons,
 * mechanisms) and the ontology are shared, as a real data set would point at the same actors. With today's
 * data in the graph, the whole is {@code factor} times today's source facts.
 */
final class Multiplied implements BulkSource {
    private final Supplier<RightsGraph> today;
    private final int factor;
    private final long seed;

    /** @param today the curated graph to copy; asked for only when the copies are sent (not when a store is reused) */
    Multiplied(Supplier<RightsGraph> today, int factor, long seed) {
        this.today = today;
        this.factor = factor;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "today's sources ×" + factor + " (seed " + seed + ")";
    }

    @Override
    public void sendTo(StreamRDF out) {
        RightsGraph curated = today.get();
        DatasetGraph dataset = curated.dataset();
        Txn.executeRead(dataset, () -> {
            Set<Node> shared = new HashSet<>();
            dataset.getGraph(Ids.REFERENCE_GRAPH).find().forEachRemaining(t -> shared.add(t.getSubject()));
            for (int copy = 1; copy < factor; copy++) {
                Random random = new Random(seed * 1_000_003L + copy);
                int shift = random.nextInt(5);
                String suffix = "-x" + copy;
                for (Node graph : curated.sourceGraphs()) {
                    Node renamedGraph = NodeFactory.createURI(graph.getURI() + suffix);
                    dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.quad(Quad.create(renamedGraph,
                            rename(q.getSubject(), suffix, shared, 0), q.getPredicate(), rename(q.getObject(), suffix, shared, shift))));
                }
            }
        });
    }

    private static Node rename(Node node, String suffix, Set<Node> shared, int shift) {
        if (node.isBlank()) {
            return NodeFactory.createBlankNode(node.getBlankNodeLabel() + suffix);
        }
        if (node.isURI() && node.getURI().startsWith(Ids.ID) && !shared.contains(node)) {
            return NodeFactory.createURI(node.getURI() + suffix);
        }
        if (shift != 0 && node.isLiteral() && node.getLiteralDatatype() == XSDDatatype.XSDinteger) {
            return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(node.getLiteralLexicalForm()) + shift), XSDDatatype.XSDinteger);
        }
        return node;
    }
}
