package org.w3id.unrights.serve.guard;

import java.util.Optional;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query stopped because it crossed one of the {@link Limits}; the message says which limit and what to
 * change. It is a kind of cancellation because that is the one exception Jena lets through a FILTER
 * (any other is logged and taken as "false", which would quietly drop rows). The last refusal on a thread
 * is kept, so whoever answers the request there can tell it from a timeout and say so (422, or 400 for a
 * query at fault).
 */
public final class QueryRefused extends QueryCancelledException {
    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<QueryRefused> LAST = new ThreadLocal<>();

    private final String message;
    private final int status;

    /** A limit crossed: 422, the request is understood but more than this server does for one query. */
    QueryRefused(String message) {
        this(message, 422);
    }

    /** With its own status: 400 where the query itself is at fault (a text search Lucene cannot run). */
    QueryRefused(String message, int status) {
        this.message = message;
        this.status = status;
        LAST.set(this);
    }

    @Override
    public String getMessage() {
        return message;
    }

    /** The HTTP status the refusal is answered with. */
    public int status() {
        return status;
    }

    /** The refusal raised on this thread since the last call, if any; clears it. */
    public static Optional<QueryRefused> takeLast() {
        QueryRefused last = LAST.get();
        LAST.remove();
        return Optional.ofNullable(last);
    }

    /** No stack trace: it is expected, never printed, and may be thrown often. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
