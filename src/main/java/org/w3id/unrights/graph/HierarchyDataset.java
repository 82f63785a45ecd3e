package org.w3id.unrights.graph;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfs.DatasetGraphRDFS;
import org.apache.jena.rdfs.setup.ConfigRDFS;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * Jena's RDFS dataset whose graphs are {@link HierarchyGraph}s: the same answers, graph by graph, without
 * reading all of a resource's triples to learn its types; a query the hierarchy cannot change reads the
 * asserted graphs ({@link #assertedFor}).
 */
final class HierarchyDataset extends DatasetGraphRDFS {
    private final SetupRDFS setup;
    private final UnionDefaultGraph asserted;
    private final Supplier<List<Node>> graphNames;
    /** What the store holds, asked once a term: a built store is never written. */
    private final Map<List<Node>, Boolean> held = new ConcurrentHashMap<>();

    HierarchyDataset(UnionDefaultGraph asserted, SetupRDFS setup, Context context) {
        super(asserted, setup, context);
        this.asserted = asserted;
        if (!HierarchyGraph.suits(setup)) {
            throw new IllegalArgumentException("a hierarchy dataset takes rdfs:subClassOf and rdfs:subPropertyOf alone");
        }
        this.setup = setup;
        this.graphNames = asserted.store() != null ? Once.of(() -> Iter.toList(asserted.listGraphNodes())) : null;
    }

    /**
     * The asserted graphs when the hierarchy cannot change the answer of {@code op} ({@link HierarchyUse}), since
     * there no pattern pays for the hierarchy's look-ups; null when it can.
     */
    UnionDefaultGraph assertedFor(Op op) {
        return HierarchyUse.mayMatter(op, setup) ? null : asserted;
    }

    /**
     * The query on the store's own engine, its variable predicates of FILTER EXISTS and NOT EXISTS
     * ({@link LocalPredicates}) and its hierarchy patterns ({@link HierarchyExpansion}) written over the asserted
     * triples that the store holds; null when the graphs are not a store's or a pattern still needs the view.
     */
    QueryView.StorePlan onStore(Op op) {
        QueryView.StorePlan plan = QueryView.StorePlan.of(asserted, op);
        if (plan == null || !HierarchyUse.mayMatter(op, setup)) {
            return plan;
        }
        DatasetGraphTDB store = plan.store();
        // A term's use is asked once; a triple of a query's own terms is asked each time, so that no query grows the cache.
        LocalPredicates.Store holds = (g, s, p, o) -> s == Node.ANY
                ? held.computeIfAbsent(List.of(g, p, o), k -> store.contains(g, s, p, o))
                : store.contains(g, s, p, o);
        Op local = LocalPredicates.apply(plan.op(), setup, holds, HierarchyExpansion.MOST_BRANCHES);
        if (HierarchyUse.needsView(local, setup)) {
            return null;
        }
        Op written = HierarchyExpansion.apply(local, setup, (g, p, o) -> holds.holds(g, Node.ANY, p, o));
        return written == null ? null : new QueryView.StorePlan(store, written);
    }

    /**
     * {@code op}, which needs the view, with the parts the hierarchy cannot change answered on the store by TDB2's
     * engine ({@link StoreParts}); {@code op} itself when the graphs are not a store's.
     */
    Op withStoreParts(Op op, OpExecutorFactory executors) {
        DatasetGraphTDB store = asserted.store();
        return store == null ? op : new StoreParts(setup, store, executors).apply(op);
    }

    @Override
    public Graph getDefaultGraph() {
        return new HierarchyGraph(getG().getDefaultGraph(), setup);
    }

    @Override
    public Graph getUnionGraph() {
        return new HierarchyGraph(getG().getUnionGraph(), setup);
    }

    /**
     * The graph names, read once when the graphs are a store's: a built store is never written, and Jena lists the
     * names again for every row that a {@code GRAPH ?g} pattern is evaluated with.
     */
    @Override
    public Iterator<Node> listGraphNodes() {
        if (graphNames == null) {
            return super.listGraphNodes();
        }
        return graphNames.get().iterator();
    }

    /**
     * Whether a graph of that name exists, from the names read once when the graphs are a store's: Jena asks it for
     * every row a {@code GRAPH ?g} pattern meets with {@code ?g} already bound, and a store answers by opening an index.
     */
    @Override
    public boolean containsGraph(Node graphNode) {
        if (graphNames == null || Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
            return super.containsGraph(graphNode);
        }
        return graphNames.get().contains(graphNode);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        Graph base = getG().getGraph(graphNode);
        return base == null ? null : new HierarchyGraph(base, setup);
    }
}
