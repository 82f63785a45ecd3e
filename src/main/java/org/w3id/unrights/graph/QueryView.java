package org.w3id.unrights.graph;

import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.votes.Agreement;
import org.w3id.unrights.votes.Ballot;
import org.w3id.unrights.votes.VoteMatrix;

/**
 * The dataset every query sees, on the server and offline alike: the union of all graphs as the default graph
 * ({@link UnionDefaultGraph}), and the ontology's class and property hierarchy applied at query time by Jena's
 * RDFS dataset, so that a query for {@code unr:Mechanism} finds every kind of mechanism, one for
 * {@code prov:Agent} states, bodies and persons, one for {@code dct:date} every {@code unr:date}.
 * <p>
 * Only rdfs:subClassOf and rdfs:subPropertyOf are applied, not rdfs:domain and rdfs:range: those would type
 * every resource a source merely points at inside that source's graph (a state a statement concerns would be
 * "a unr:State" according to the source), blurring which source says what; every resource already has its
 * type where it is defined. Nothing inferred is stored, so the dumps hold asserted triples only. The outer
 * wrapper is a {@link org.apache.jena.sparql.core.DatasetGraphWrapperView}, so ARQ queries it rather than
 * the base dataset. Types are looked up the way a hierarchy alone allows ({@link HierarchyDataset}): a
 * resource's stated types and their superclasses, not every triple it appears in. Its context carries the
 * graph's {@link VoteMatrix} for the {@link Agreement} function. A query the hierarchy cannot change (no
 * variable predicate, no property with subproperties, no class with subclasses) reads the asserted graphs
 * ({@link #assertedFor}), where Jena's general engine matches its patterns without the hierarchy's look-ups; on
 * a store, TDB2's own engine answers it, and also a query whose broader classes and properties can be written
 * over the narrower terms the store holds ({@link #onStore}); in a query that still needs the hierarchy, the
 * parts it cannot change are answered by TDB2's engine too ({@link #withStoreParts}).
 */
public final class QueryView {
    private static final List<Node> HIERARCHY = List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode());

    static {
        Agreement.register();
        Ballot.register();
        HierarchyQueryEngine.install();
    }

    private QueryView() {}

    public static DatasetGraph of(RightsGraph graph) {
        Graph vocabulary = Txn.calculateRead(graph.dataset(), () -> vocabulary(graph.dataset().getGraph(Ids.ONTOLOGY_GRAPH)));
        // A context of its own: a setting made for one server (its query timeout) must not reach the graph or other views of it.
        Context context = graph.dataset().getContext() == null ? new Context() : graph.dataset().getContext().copy();
        carryVotes(context, graph);
        return new HierarchyDataset(new UnionDefaultGraph(graph.dataset()), RDFSFactory.setupRDFS(vocabulary), context);
    }

    /**
     * The same graphs without the hierarchy, as the dumps hold them: the union of all graphs as the default graph,
     * in a context of its own that carries the graph's {@link VoteMatrix} as {@link #of} does.
     */
    public static DatasetGraph asserted(RightsGraph graph) {
        UnionDefaultGraph union = UnionDefaultGraph.ownContext(graph.dataset());
        carryVotes(union.getContext(), graph);
        return union;
    }

    /**
     * The asserted graphs, as the union default graph, that a query's algebra may read of {@code dataset} (or of
     * what it wraps): those under a dataset made by {@link #of} when the hierarchy cannot change the answer, so
     * that the patterns are matched without the hierarchy's look-ups; those of one made by {@link #asserted};
     * null when the query needs the hierarchy, or the dataset is neither.
     */
    static UnionDefaultGraph assertedFor(DatasetGraph dataset, Op op) {
        DatasetGraph view = viewUnder(dataset);
        if (view instanceof HierarchyDataset hierarchy) {
            return hierarchy.assertedFor(op);
        }
        return view instanceof UnionDefaultGraph union ? union : null;
    }

    /**
     * The query as TDB2's own engine runs it, when {@code dataset} (or what it wraps) is a view made by {@link #of}
     * or {@link #asserted} over a store: {@code op} in quad form, the union of the named graphs as the default
     * graph, with the patterns that name a class or property with narrower terms written over the asserted triples
     * ({@link HierarchyExpansion}); null when the graphs are not a store's or a pattern still needs the hierarchy.
     */
    public static StorePlan onStore(DatasetGraph dataset, Op op) {
        DatasetGraph view = viewUnder(dataset);
        if (view instanceof HierarchyDataset hierarchy) {
            return hierarchy.onStore(op);
        }
        return view instanceof UnionDefaultGraph union ? StorePlan.of(union, op) : null;
    }

    /** A query as Jena's main engine runs it: {@code op} over {@code dataset} (beside {@link StorePlan}, TDB2's). */
    public record MainPlan(DatasetGraph dataset, Op op) {}

    /**
     * How Jena's main engine runs a query that TDB2's engine does not take whole ({@link #onStore} gave no
     * plan): over the asserted graphs when the hierarchy cannot change the answer ({@link #assertedFor}), else
     * through {@code dataset}'s view with the parts the hierarchy cannot change answered on the store by the
     * executors {@code executors} makes ({@link #withStoreParts}).
     */
    public static MainPlan mainPlan(DatasetGraph dataset, Op op, OpExecutorFactory executors) {
        UnionDefaultGraph asserted = assertedFor(dataset, op);
        return asserted != null ? new MainPlan(asserted, op) : new MainPlan(dataset, withStoreParts(dataset, op, executors));
    }

    /**
     * {@code op}, a query that needs the hierarchy's view of {@code dataset} (or of what it wraps), with each part
     * the hierarchy cannot change answered by TDB2's engine on the store, the executors made by {@code executors}
     * ({@link StoreParts}); {@code op} itself when the dataset is not such a view over a store.
     */
    static Op withStoreParts(DatasetGraph dataset, Op op, OpExecutorFactory executors) {
        return viewUnder(dataset) instanceof HierarchyDataset hierarchy ? hierarchy.withStoreParts(op, executors) : op;
    }

    /**
     * The view made by {@link #of} (a {@link HierarchyDataset}) or by {@link #asserted} (a {@link UnionDefaultGraph})
     * that {@code dataset} is or wraps, the outermost first (the server wraps it for its checks); null for another.
     */
    private static DatasetGraph viewUnder(DatasetGraph dataset) {
        for (DatasetGraph d = dataset; d instanceof DatasetGraphWrapper wrapper; d = wrapper.getWrapped()) {
            if (d instanceof HierarchyDataset || d instanceof UnionDefaultGraph) {
                return d;
            }
        }
        return null;
    }

    /** A query's algebra for TDB2's engine and the store it reads. */
    public record StorePlan(DatasetGraphTDB store, Op op) {
        /** Where the plan runs: the store, read by TDB2's executor as {@code executors} make it. */
        public ExecutionContext context(Context context, OpExecutorFactory executors) {
            return new ExecutionContext(context, store.getDefaultGraphTDB(), store, executors);
        }

        /** The plan over {@code union}'s store for {@code op} as it is, or null when {@code union} is not over a store. */
        static StorePlan of(UnionDefaultGraph union, Op op) {
            DatasetGraphTDB store = union.store();
            return store == null ? null : over(store, op);
        }

        /** The plan over {@code store} for {@code op} as it is: in quad form, the named graphs' union as its default graph. */
        static StorePlan over(DatasetGraphTDB store, Op op) {
            return new StorePlan(store, OpLib.unionDefaultGraphQuads(Algebra.toQuadForm(op)));
        }
    }

    /** Puts the graph's vote matrix where {@link Agreement} and {@link Ballot} look for it. */
    private static void carryVotes(Context context, RightsGraph graph) {
        context.set(VoteMatrix.IN_CONTEXT, (Supplier<VoteMatrix>) graph::votes);
    }

    /** The ontology's rdfs:subClassOf and rdfs:subPropertyOf axioms between named terms. */
    static Graph vocabulary(Graph ontology) {
        Graph vocabulary = GraphFactory.createDefaultGraph();
        for (Node predicate : HIERARCHY) {
            ontology.find(Node.ANY, predicate, Node.ANY)
                    .filterKeep(t -> t.getSubject().isURI() && t.getObject().isURI())
                    .forEachRemaining(vocabulary::add);
        }
        return vocabulary;
    }
}
