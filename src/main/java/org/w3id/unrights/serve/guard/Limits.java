package org.w3id.unrights.serve.guard;

import java.time.Duration;

/**
 * What one query may cost the server, and how many may run at once. Every bound answers with an error
 * status when crossed, never with a shortened result.
 *
 * @param concurrentQueries queries that run at the same time past their first {@code quickCpu} of work (the long
 *                          lane, see {@link Admission}); default 4
 * @param queuedQueries     further queries that may wait, for a first turn or for a turn in the long lane; beyond
 *                          that, 503 at once; default 128
 * @param queueWait         longest a query waits for its first turn before 503 with {@code Retry-After}; default 20 s
 * @param bodyBytes         largest request body; larger is 413; default 1 MiB
 * @param queryChars        longest query text; longer is 413; default 100 000 characters
 * @param resultRows        most rows (solutions or triples) one query may produce; default 100 000
 * @param resultBytes       largest serialised answer, held whole before it is sent; default 64 MiB
 * @param stringChars       longest string a query may build with GROUP_CONCAT, CONCAT or REPLACE; default 100 000
 *                          (the longest literal of the shipped graph has under 2 000 characters)
 * @param regexSteps        most characters a regular expression may read while matching one value (a millisecond
 *                          or two; fifty readings of the shipped graph's longest literal); default 100 000
 * @param builtChars        most characters one query may build in strings longer than 256 characters, all its
 *                          rows together (so that strings built row after row and held for ORDER BY cannot fill the
 *                          heap); default 32 000 000
 * @param pathSteps         most triples the property paths of one query may read (a repeated path over the roll
 *                          calls reads hundreds of millions; the shipped named queries, hundreds); default 10 000 000
 * @param quickQueries      queries that run at the same time within their first {@code quickCpu} (the quick lane);
 *                          default one per processor (at least two): more share the processors among them, and
 *                          under load every answer then comes later (docs/OPERATIONS.md, "The quick lane's size")
 * @param quickCpu          processor time a query may use in the quick lane before it moves to the long one;
 *                          default 100 ms, about what the slowest of the cheap named queries uses
 */
public record Limits(int concurrentQueries, int queuedQueries, Duration queueWait, long bodyBytes, int queryChars,
        long resultRows, long resultBytes, int stringChars, long regexSteps, long builtChars, long pathSteps,
        int quickQueries, Duration quickCpu) {
    public static final long DEFAULT_BUILT_CHARS = 32_000_000;
    public static final long DEFAULT_PATH_STEPS = 10_000_000;
    public static final int DEFAULT_QUICK_QUERIES = Math.max(2, Runtime.getRuntime().availableProcessors());
    public static final Duration DEFAULT_QUICK_CPU = Duration.ofMillis(100);

    public Limits {
        if (concurrentQueries < 1 || queuedQueries < 0 || queueWait.isNegative() || bodyBytes < 1 || queryChars < 1
                || resultRows < 1 || resultBytes < 1 || stringChars < 1 || regexSteps < 1 || builtChars < 1 || pathSteps < 1
                || quickQueries < 1 || quickCpu.isNegative()) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /** The limits with the default budgets for built strings and for paths, and the default quick lane. */
    public Limits(int concurrentQueries, int queuedQueries, Duration queueWait, long bodyBytes, int queryChars,
            long resultRows, long resultBytes, int stringChars, long regexSteps) {
        this(concurrentQueries, queuedQueries, queueWait, bodyBytes, queryChars, resultRows, resultBytes, stringChars, regexSteps,
                DEFAULT_BUILT_CHARS, DEFAULT_PATH_STEPS, DEFAULT_QUICK_QUERIES, DEFAULT_QUICK_CPU);
    }

    public static Limits defaults() {
        return new Limits(4, 128, Duration.ofSeconds(20), 1 << 20, 100_000, 100_000, 64L << 20, 100_000, 100_000);
    }

    public Limits withBuiltChars(long chars) {
        return new Limits(concurrentQueries, queuedQueries, queueWait, bodyBytes, queryChars, resultRows, resultBytes, stringChars, regexSteps, chars, pathSteps, quickQueries, quickCpu);
    }

    public Limits withPathSteps(long steps) {
        return new Limits(concurrentQueries, queuedQueries, queueWait, bodyBytes, queryChars, resultRows, resultBytes, stringChars, regexSteps, builtChars, steps, quickQueries, quickCpu);
    }

    public Limits withConcurrency(int running, int queued, Duration wait) {
        return new Limits(running, queued, wait, bodyBytes, queryChars, resultRows, resultBytes, stringChars, regexSteps, builtChars, pathSteps, quickQueries, quickCpu);
    }

    public Limits withResultRows(long rows) {
        return new Limits(concurrentQueries, queuedQueries, queueWait, bodyBytes, queryChars, rows, resultBytes, stringChars, regexSteps, builtChars, pathSteps, quickQueries, quickCpu);
    }

    public Limits withStringChars(int chars) {
        return new Limits(concurrentQueries, queuedQueries, queueWait, bodyBytes, queryChars, resultRows, resultBytes, chars, regexSteps, builtChars, pathSteps, quickQueries, quickCpu);
    }

    /** With a quick lane of {@code queries} at once, each for at most {@code cpu} of processor time. */
    public Limits withQuickLane(int queries, Duration cpu) {
        return new Limits(concurrentQueries, queuedQueries, queueWait, bodyBytes, queryChars, resultRows, resultBytes, stringChars, regexSteps, builtChars, pathSteps, queries, cpu);
    }
}
