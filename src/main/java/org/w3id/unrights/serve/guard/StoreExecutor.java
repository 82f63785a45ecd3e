package org.w3id.unrights.serve.guard;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's own executor, which matches patterns on the store's node ids, with the query's checks: property paths
 * bounded as {@link BoundedPaths} bounds them, and each row any operator hands on counted as a step of the
 * query's {@link Reading}. TDB2 reads its indexes directly, not through a graph that {@link CheckedDataset}
 * could watch, so without the rows a query on the store never looked at its {@link Admission} turn: one that
 * ran for its whole timeout kept its quick turn, and two of them left cheap queries waiting.
 */
final class StoreExecutor extends OpExecutorTDB2 {
    private final Reading paths;
    private final Reading rows;

    private StoreExecutor(ExecutionContext execCxt, Reading paths, Reading rows) {
        super(execCxt);
        this.paths = paths;
        this.rows = rows;
    }

    /** The factory for one query: every executor it makes shares that query's path budget and its rows' reading. */
    static OpExecutorFactory factory(Reading paths, Reading rows) {
        return execCxt -> new StoreExecutor(execCxt, paths, rows);
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        return new Stepped(super.exec(op, input), rows);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        return BoundedPaths.bounded(opPath, input, execCxt, paths);
    }

    /** The rows of one operator, each a step of the query's reading. */
    private static final class Stepped extends QueryIteratorWrapper {
        private final Reading rows;

        Stepped(QueryIterator iterator, Reading rows) {
            super(iterator);
            this.rows = rows;
        }

        @Override
        protected Binding moveToNextBinding() {
            rows.step();
            return super.moveToNextBinding();
        }
    }
}
