package org.w3id.unrights.serve.guard;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIteratorCheck;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;
import org.w3id.unrights.graph.QueryView;
import org.w3id.unrights.graph.plan.QueryPlans;

/**
 * Jena's main query engine with the {@link BoundingRewrite} applied before optimisation and {@link QueryPlans}
 * after it, the data read (on a store, by TDB2's own engine where the query needs no hierarchy or its broader
 * terms can be written over the narrower ones, {@link QueryView#onStore}; elsewhere as {@link QueryView#mainPlan}
 * gives it: the asserted graphs where the hierarchy cannot change the answer, else the view with the parts the
 * hierarchy cannot change again on TDB2's engine) through
 * checks of the query's cancellation ({@link CheckedDataset}, {@link StoreExecutor}, {@link BoundedPaths}) and the
 * number of result rows held to {@link Limits#resultRows()}. Installed through the served dataset's context, so every
 * query on it — the endpoint, the named queries, the pages — runs bounded, and nothing else is affected.
 */
final class GuardedQueryEngine extends QueryEngineMain {
    private final Limits limits;

    private GuardedQueryEngine(Query query, DatasetGraph dataset, Binding input, Context context, Limits limits) {
        super(query, dataset, input, context);
        this.limits = limits;
    }

    private GuardedQueryEngine(Op op, DatasetGraph dataset, Binding input, Context context, Limits limits) {
        super(op, dataset, input, context);
        this.limits = limits;
    }

    /** A registry holding only this engine, for a dataset's context. */
    static QueryEngineRegistry registry(Limits limits) {
        QueryEngineRegistry registry = new QueryEngineRegistry();
        registry.add(new Factory(limits));
        return registry;
    }

    @Override
    protected Op modifyOp(Op op) {
        // Before the optimiser: it folds constant expressions, which would otherwise run unbounded.
        return super.modifyOp(BoundingRewrite.apply(op, limits));
    }

    /**
     * As Jena's own, but with the query's {@link Reading}s: every triple any operator reads through a graph, and
     * every row an operator of TDB2's engine hands on ({@link StoreExecutor}), looks at the cancel flag and the
     * query's turn; property paths have a budget of their own ({@link BoundedPaths}).
     */
    @Override
    public QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context context) {
        AtomicBoolean cancelled = Context.getCancelSignal(context);
        Reading paths = Reading.budgeted(cancelled, limits.pathSteps(), BoundedPaths::tooLong);
        // The triples read through a graph and the rows of TDB2's engine: one query, one thread, one count.
        Reading reads = Reading.untilCancelled(cancelled);
        ExecutionContext execCxt;
        op = QueryPlans.order(op);
        QueryView.StorePlan onStore = QueryView.onStore(dsg, op);
        if (onStore != null) {
            // TDB2's own executor: patterns matched on node ids, the union of the named graphs as the default graph
            op = QueryPlans.operators(onStore.op());
            execCxt = onStore.context(context, StoreExecutor.factory(paths, reads));
        } else {
            QueryView.MainPlan main = QueryView.mainPlan(dsg, op, StoreExecutor.factory(paths, reads));
            DatasetGraph checked = new CheckedDataset(main.dataset(), reads);
            op = QueryPlans.operators(main.op());
            execCxt = new ExecutionContext(context, checked.getDefaultGraph(), checked, BoundedPaths.factory(paths));
        }
        QueryIterator root = input.isEmpty() ? QueryIterRoot.create(execCxt) : QueryIterRoot.create(input, execCxt);
        QueryIterator rows = QueryIteratorCheck.check(QC.execute(op, root, execCxt), execCxt);
        return new RowCap(rows, limits.resultRows());
    }

    /**
     * Counts the rows handed out and stops the query past the cap, rather than cutting the answer short; and
     * notes on the thread a query cancelled by its timeout, so that the answer can say so ({@link TimedOut}).
     */
    private static final class RowCap extends QueryIteratorWrapper {
        private final long max;
        private long rows;

        RowCap(QueryIterator iterator, long max) {
            super(iterator);
            this.max = max;
        }

        @Override
        protected boolean hasNextBinding() {
            try {
                return super.hasNextBinding();
            } catch (QueryCancelledException e) {
                throw TimedOut.note(e);
            }
        }

        @Override
        protected Binding moveToNextBinding() {
            if (++rows > max) {
                throw new QueryRefused("the query produces more than " + max
                        + " rows, more than this server answers at once; add LIMIT (and OFFSET to page through)");
            }
            try {
                return super.moveToNextBinding();
            } catch (QueryCancelledException e) {
                throw TimedOut.note(e);
            }
        }
    }

    private record Factory(Limits limits) implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return true;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new GuardedQueryEngine(query, dataset, input, context, limits).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return true;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new GuardedQueryEngine(op, dataset, input, context, limits).getPlan();
        }
    }
}
