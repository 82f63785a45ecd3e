package org.w3id.unrights.serve.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;

import org.apache.jena.query.QueryCancelledException;

/**
 * One query's reading of the data, step by step (a call to find, a triple read): it looks at the query's cancel
 * flag every few steps and, given a budget, refuses to read past it. Jena checks cancellation between the rows of
 * its operators only; an operator that reads a great deal before its first row (a property path, which gathers
 * every node it reaches before it answers) would run on after its query was cancelled. One query runs on one
 * thread, so the count is a plain field. At the same points the query's {@link Admission} turn is looked at, so
 * that a query past its quick time moves to the long lane.
 */
final class Reading {
    /** How often (in steps) the cancel flag is looked at: well under a millisecond of work. */
    private static final int CHECK_EVERY = 1 << 10;

    private final AtomicBoolean cancelled;
    private final long maxSteps;
    private final LongFunction<QueryRefused> refusal;
    private long steps;

    private Reading(AtomicBoolean cancelled, long maxSteps, LongFunction<QueryRefused> refusal) {
        this.cancelled = cancelled;
        this.maxSteps = maxSteps;
        this.refusal = refusal;
    }

    /** Stops when the query is cancelled; no budget. */
    static Reading untilCancelled(AtomicBoolean cancelled) {
        return new Reading(cancelled, Long.MAX_VALUE, max -> null);
    }

    /** Stops when the query is cancelled or past {@code maxSteps}, with the refusal {@code refusal} makes of the budget. */
    static Reading budgeted(AtomicBoolean cancelled, long maxSteps, LongFunction<QueryRefused> refusal) {
        return new Reading(cancelled, maxSteps, refusal);
    }

    void step() {
        if ((++steps & (CHECK_EVERY - 1)) == 0) {
            if (cancelled != null && cancelled.get()) {
                throw new QueryCancelledException();
            }
            if (steps > maxSteps) {
                throw refusal.apply(maxSteps);
            }
            Admission.checkpoint(cancelled);
        }
    }
}
