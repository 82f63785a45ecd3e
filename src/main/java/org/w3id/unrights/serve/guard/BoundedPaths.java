package org.w3id.unrights.serve.guard;

import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/**
 * ARQ's operator executor with property paths evaluated over a graph read through the query's path
 * {@link Reading}: Jena's path engine gathers every node a path reaches before it hands out the first, out of
 * reach of the checks between rows, so a path such as {@code (^unr:voter/^unr:hasBallot/unr:hasBallot/unr:voter)*}
 * would run for minutes after its query was cancelled. Here it stops at the cancellation, or when the paths of
 * one query have read {@link Limits#pathSteps()} triples (422). Everything else is ARQ's own; on a store,
 * {@link StoreExecutor} bounds paths the same way.
 */
final class BoundedPaths extends OpExecutor {
    private final Reading paths;

    private BoundedPaths(ExecutionContext execCxt, Reading paths) {
        super(execCxt);
        this.paths = paths;
    }

    /** The factory for one query: every executor it makes shares that query's path budget. */
    static OpExecutorFactory factory(Reading paths) {
        return execCxt -> new BoundedPaths(execCxt, paths);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        return bounded(opPath, input, execCxt, paths);
    }

    static QueryIterator bounded(OpPath opPath, QueryIterator input, ExecutionContext execCxt, Reading paths) {
        ExecutionContext counted = new ExecutionContext(execCxt, new CheckedGraph(execCxt.getActiveGraph(), paths));
        return new QueryIterPath(opPath.getTriplePath(), input, counted);
    }

    static QueryRefused tooLong(long maxSteps) {
        return new QueryRefused("a property path read more than " + maxSteps + " triples (a repeated path, * or +, "
                + "that reaches much of the graph from each node); bind its start or end, or write out the few steps "
                + "it needs (p/p?/p?) instead of repeating it");
    }
}
