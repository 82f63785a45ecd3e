package org.w3id.unrights.graph;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A read view of a dataset whose default graph is the union of its named graphs, so that a plain SELECT sees
 * every source while {@code GRAPH ?g} still tells which source says what. The named graphs are unchanged.
 * It is a "view" wrapper so that ARQ runs queries on it rather than unwrapping it to the base dataset.
 */
public final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    public UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    private UnionDefaultGraph(DatasetGraph base, Context context) {
        super(base, context);
    }

    /**
     * The same view with a context of its own, for the project's own queries (counts, the VoID description):
     * the server sets its users' query timeout on the shared context of the dataset, and a count taken at
     * start-up must not be cut short by it.
     */
    public static UnionDefaultGraph ownContext(DatasetGraph base) {
        return new UnionDefaultGraph(base, Context.create());
    }

    /** The TDB2 store these graphs are, for TDB2's own engine; null when they are not a store's. */
    DatasetGraphTDB store() {
        return TDBInternal.isBackedByTDB(getWrapped()) ? TDBInternal.requireStorage(getWrapped()) : null;
    }

    @Override
    public Graph getDefaultGraph() {
        return get().getUnionGraph();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return super.find(isDefault(g) ? Quad.unionGraph : g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return super.contains(isDefault(g) ? Quad.unionGraph : g, s, p, o);
    }

    private static boolean isDefault(Node g) {
        return g != null && Quad.isDefaultGraph(g);
    }
}
