package org.w3id.unrights.graph;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIteratorCheck;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.w3id.unrights.graph.plan.QueryPlans;

/**
 * Jena's main engine for a query on the {@link QueryView} without the server's bounds (the command line, the
 * tests): on a store, TDB2's own executor where {@link QueryView#onStore} gives a plan, elsewhere the
 * {@link QueryView#mainPlan} (the asserted graphs where the hierarchy cannot change the answer, else the view with
 * its parts the hierarchy cannot change on TDB2's engine); its plan gets the server's {@link QueryPlans}, so
 * offline answers come the way the server's do.
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
        op = QueryPlans.order(op);
        QueryView.StorePlan onStore = QueryView.onStore(dsg, op);
        if (onStore != null) {
            ExecutionContext execCxt = onStore.context(context, OpExecutorTDB2.OpExecFactoryTDB);
            QueryIterator root = input.isEmpty() ? QueryIterRoot.create(execCxt) : QueryIterRoot.create(input, execCxt);
            return QueryIteratorCheck.check(QC.execute(QueryPlans.operators(onStore.op()), root, execCxt), execCxt);
        }
        QueryView.MainPlan main = QueryView.mainPlan(dsg, op, OpExecutorTDB2.OpExecFactoryTDB);
        return super.eval(QueryPlans.operators(main.op()), main.dataset(), input, context);
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
