package org.w3id.unrights.serve.guard;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * The served dataset as one query reads it: every graph it hands out and every quad it finds is read through
 * the query's {@link Reading}, so that whatever operator reads the data — a join, a path, a GRAPH pattern —
 * stops soon after the query is cancelled. A view: ARQ queries it as it is.
 */
final class CheckedDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private final Reading reading;

    CheckedDataset(DatasetGraph dataset, Reading reading) {
        super(dataset, dataset.getContext());
        this.reading = reading;
    }

    @Override
    public Graph getDefaultGraph() {
        return new CheckedGraph(super.getDefaultGraph(), reading);
    }

    @Override
    public Graph getUnionGraph() {
        return new CheckedGraph(super.getUnionGraph(), reading);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return new CheckedGraph(super.getGraph(graphNode), reading);
    }

    @Override
    public Iterator<Quad> find() {
        return read(super.find());
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return read(super.find(quad));
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return read(super.find(g, s, p, o));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return read(super.findNG(g, s, p, o));
    }

    private Iterator<Quad> read(Iterator<Quad> quads) {
        reading.step();
        return Iter.map(quads, quad -> {
            reading.step();
            return quad;
        });
    }
}
