package org.w3id.unrights.publish;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.function.Supplier;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * What a long build tells the person waiting for it. Each stage ends with one summary line (its name, what it
 * did, how long it took), wherever the output goes. On an interactive terminal the load also redraws one line
 * as quads pass: how many so far, of how many expected when that is known, the rate, and the time left.
 */
public final class Progress {
    /** How often the live line is redrawn. */
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter out;
    private final boolean interactive;
    /** The stage under way, and its live count while loading: what {@link #now()} tells. */
    private volatile String stage = "starting";
    private volatile Counting live;

    Progress(PrintWriter out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** Progress on {@code out}, with a live line when the process has a terminal. */
    public static Progress to(PrintWriter out) {
        return new Progress(out, System.console() != null);
    }

    /** Prints nothing: for builds nobody watches (tests, benchmarks). */
    public static Progress silent() {
        return new Progress(new PrintWriter(OutputStream.nullOutputStream()), false);
    }

    /** A line of its own. */
    public void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** Runs one stage of the build and prints its summary line: {@code done} says what it made. */
    <T> T stage(String name, Supplier<T> work, java.util.function.Function<T, String> done) {
        long started = System.nanoTime();
        stage = name;
        T result = work.get();
        String summary = String.format("%-8s %s in %.1f s", name + ":", done.apply(result), seconds(started));
        stage = summary.replaceAll("\\s+", " ");
        say(summary);
        return result;
    }

    /** One line on where the build is: the stage under way (with its count while loading), or the last one done. */
    public String now() {
        Counting counting = live;
        return counting != null ? counting.line(System.nanoTime()).replaceAll("\\s+", " ") : stage;
    }

    /**
     * Counts what passes into {@code next} and, on a terminal, redraws a line with the count, the rate and (when
     * {@code expected} is positive) the share done and time left.
     */
    Counting counting(String stage, StreamRDF next, long expected) {
        Counting counting = new Counting(stage, next, expected);
        live = counting;
        return counting;
    }

    /** A stream that counts its quads and triples for the live line and the stage's summary. */
    final class Counting extends StreamRDFWrapper {
        private final String stage;
        private final long expected;
        private final long started = System.nanoTime();
        private long count;
        private long drawn = started;

        private Counting(String stage, StreamRDF next, long expected) {
            super(next);
            this.stage = stage;
            this.expected = expected;
        }

        public long count() {
            return count;
        }

        @Override
        public void triple(Triple triple) {
            super.triple(triple);
            tick();
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad);
            tick();
        }

        private void tick() {
            count++;
            if (interactive && (count & 0x3FFF) == 0) {
                long now = System.nanoTime();
                if (now - drawn >= REDRAW_NANOS) {
                    drawn = now;
                    synchronized (out) {
                        out.print("\r" + line(now) + "\u001B[K");
                        out.flush();
                    }
                }
            }
        }

        /** Ends the live line, if one was drawn, so the summary starts on a line of its own. */
        void end() {
            live = null;
            if (interactive && drawn != started) {
                synchronized (out) {
                    out.print("\r\u001B[K");
                    out.flush();
                }
            }
        }

        String line(long now) {
            double elapsed = (now - started) / 1e9;
            double rate = elapsed > 0 ? count / elapsed : 0;
            StringBuilder line = new StringBuilder(String.format("%-8s %,d", stage + ":", count));
            if (expected > 0) {
                line.append(String.format(" of about %,d quads (%d %%)", expected, Math.min(100, 100 * count / expected)));
            } else {
                line.append(" quads");
            }
            line.append(String.format(", %,.0f quads/s", rate));
            if (expected > count && rate > 0) {
                line.append(String.format(", about %.0f s left", (expected - count) / rate));
            }
            return line.toString();
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
