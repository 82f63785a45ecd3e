package org.w3id.unrights.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.vocab.Prefixes;

/**
 * What the graph says about one resource: every quad with it as subject (its facts, each in its source's
 * graph) and every quad with it as object (the links to it), graphs kept. Call inside a read transaction.
 */
record ResourceDescription(Node resource, DatasetGraph quads) {

    static ResourceDescription of(DatasetGraph dataset, Node resource) {
        DatasetGraph quads = DatasetGraphFactory.create();
        quads.prefixes().putAll(Prefixes.standard());
        dataset.find(Node.ANY, resource, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        dataset.find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(quads::add);
        return new ResourceDescription(resource, quads);
    }

    boolean isEmpty() {
        return quads.isEmpty();
    }

    /** The same triples with the graphs merged, for the formats that hold one graph. */
    Graph merged() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        quads.find().forEachRemaining(q -> graph.add(q.asTriple()));
        return graph;
    }
}
