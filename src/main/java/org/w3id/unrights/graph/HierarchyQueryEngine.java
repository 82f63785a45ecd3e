package org.w3id.unrights.graph;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;
import org.w3id.unrights.graph.plan.QueryPlans;

/**
 * Jena's main engine for a query on the {@link QueryView} without the server's bounds (the command line, the
 * tests): the query reads the asserted graphs where {@link QueryView#assertedFor} gives them, and its plan gets
 * the server's {@link QueryPlans}, so offline answers come the way the server's do.
 */
final class HierarchyQueryEngine extends QueryEngineMain {
    private HierarchyQueryEngine(Query query, DatasetGraph dataset, Binding input, Context context) {
        super(query, dataset, input, context);
    }

    private HierarchyQueryEngine(Op op, DatasetGraph dataset, Binding input, Context context) {
        super(op, dataset, input, context);
    }

    static void install() {
        QueryEngineRegistry.addFactory(new Factory());
    }

    @Override
    public QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context context) {
        UnionDefaultGraph asserted = QueryView.assertedFor(dsg, op);
        return super.eval(QueryPlans.operators(QueryPlans.order(op)), asserted == null ? dsg : asserted, input, context);
    }

    private static final class Factory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return dataset instanceof HierarchyDataset;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new HierarchyQueryEngine(query, dataset, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return dataset instanceof HierarchyDataset;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new HierarchyQueryEngine(op, dataset, input, context).getPlan();
        }
    }
}
