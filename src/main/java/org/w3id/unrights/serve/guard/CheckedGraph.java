package org.w3id.unrights.serve.guard;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

/** A graph read through a {@link Reading}: each look-up and each triple it hands out is a step. Read-only use. */
final class CheckedGraph extends GraphWrapper {
    private final Reading reading;

    CheckedGraph(Graph graph, Reading reading) {
        super(graph);
        this.reading = reading;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
        reading.step();
        return super.find(pattern).mapWith(this::read);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        reading.step();
        return super.find(s, p, o).mapWith(this::read);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        reading.step();
        return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        reading.step();
        return super.contains(t);
    }

    private Triple read(Triple triple) {
        reading.step();
        return triple;
    }
}
