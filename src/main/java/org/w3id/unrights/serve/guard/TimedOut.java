package org.w3id.unrights.serve.guard;

import org.apache.jena.query.QueryCancelledException;

/**
 * Whether the query last run on this thread was cancelled (by its timeout) rather than refused by a limit:
 * Fuseki answers a timeout that comes after results began with a 400, and the {@link HeldResponse} turns that
 * into the 503 it is. Kept per thread because the query's results are written on the request's thread.
 */
final class TimedOut {
    private static final ThreadLocal<Boolean> CANCELLED = new ThreadLocal<>();

    private TimedOut() {}

    /** Notes {@code e} if it is a cancellation, not a {@link QueryRefused}, and gives it back to be thrown. */
    static QueryCancelledException note(QueryCancelledException e) {
        if (!(e instanceof QueryRefused)) {
            CANCELLED.set(Boolean.TRUE);
        }
        return e;
    }

    /** Whether a query was cancelled on this thread since the last call; clears it. */
    static boolean take() {
        boolean cancelled = Boolean.TRUE.equals(CANCELLED.get());
        CANCELLED.remove();
        return cancelled;
    }
}
