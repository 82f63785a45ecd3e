package org.w3id.unrights.serve.guard;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's main query engine with the {@link BoundingRewrite} applied before optimisation and the number of
 * result rows held to {@link Limits#resultRows()}. Installed through the served dataset's context, so every
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

    @Override
    public QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context context) {
        return new RowCap(super.eval(op, dsg, input, context), limits.resultRows());
    }

    /** Counts the rows handed out and stops the query past the cap, rather than cutting the answer short. */
    private static final class RowCap extends QueryIteratorWrapper {
        private final long max;
        private long rows;

        RowCap(QueryIterator iterator, long max) {
            super(iterator);
            this.max = max;
        }

        @Override
        protected Binding moveToNextBinding() {
            if (++rows > max) {
                throw new QueryRefused("the query produces more than " + max
                        + " rows, more than this server answers at once; add LIMIT (and OFFSET to page through)");
            }
            return super.moveToNextBinding();
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
