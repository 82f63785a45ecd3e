package org.w3id.unrights.serve.guard;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * A string as java.util.regex sees it, counting each character the matcher reads. java.util.regex never
 * looks at a thread's interrupt or at Jena's cancel flag, so a backtracking pattern would run on after its
 * query timed out; reading through this wrapper, it stops when the query is cancelled or when it has
 * inspected more characters than the step budget allows, whichever comes first.
 */
final class BoundedText implements CharSequence {
    /** How often (in characters read) the cancel flag is looked at: cheap enough, and well under a millisecond. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final long maxSteps;
    private final AtomicBoolean cancelled;
    private long steps;

    private BoundedText(String text, long maxSteps, AtomicBoolean cancelled) {
        this.text = text;
        this.maxSteps = maxSteps;
        this.cancelled = cancelled;
    }

    static BoundedText of(String text, FunctionEnv env, long maxSteps) {
        Context context = env == null ? null : env.getContext();
        return new BoundedText(text, maxSteps, context == null ? null : Context.getCancelSignal(context));
    }

    @Override
    public char charAt(int index) {
        if ((++steps & (CHECK_EVERY - 1)) == 0) {
            check();
        }
        return text.charAt(index);
    }

    private void check() {
        if (cancelled != null && cancelled.get()) {
            throw new QueryCancelledException();
        }
        if (steps > maxSteps) {
            throw new QueryRefused("a regular expression needed more than " + maxSteps
                    + " steps on one value (a pattern that backtracks, such as a back-reference or nested repetition, "
                    + "over a long string); simplify the pattern or filter the values first");
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
