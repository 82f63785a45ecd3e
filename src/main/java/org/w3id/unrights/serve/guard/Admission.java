package org.w3id.unrights.serve.guard;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;

/**
 * Turns for queries in two lanes, so that a cheap query never waits behind expensive ones although nobody can
 * tell one from the other before it runs (a two-level feedback queue, as operating systems schedule jobs of
 * unknown length). Every query starts in the quick lane, where {@link Limits#quickQueries()} run at once; one
 * that has used {@link Limits#quickCpu()} of processor time gives its quick turn up and goes on in the long lane,
 * where {@link Limits#concurrentQueries()} run at once, waiting there for a turn if it must. Up to
 * {@link Limits#queuedQueries()} queries wait in all: for a first turn, each at most {@link Limits#queueWait()},
 * in arrival order; for a long turn, until the query's own timeout, in the order they moved ({@link Lane}). The
 * rest are turned away at once.
 *
 * <p>A query's turn lives on its request thread ({@link #checkpoint}), where Jena evaluates the query and its
 * {@link Reading} looks in every so often. There, too, a query told to stop for the heap's sake ({@link MemoryGuard})
 * ends with 422.
 */
final class Admission {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<Turn> CURRENT = new ThreadLocal<>();
    private final Lane quick;
    private final Lane longLane;
    private final AtomicInteger waiting = new AtomicInteger();
    /** The turns of the queries in the server now, for {@link #stopHeaviest}. */
    private final Set<Turn> running = ConcurrentHashMap.newKeySet();
    private final Limits limits;
    private final long quickCpuNanos;

    Admission(Limits limits) {
        this.limits = limits;
        this.quickCpuNanos = limits.quickCpu().toNanos();
        this.quick = new Lane(limits.quickQueries());
        this.longLane = new Lane(limits.concurrentQueries());
        MemoryGuard.watch(this);
    }

    /**
     * A turn in the quick lane for the request about to run on this thread, to be {@link Turn#close() closed} when
     * it has been answered; empty when it is turned away.
     */
    private Optional<Turn> enter() throws InterruptedException {
        if (!quick.tryEnter() && !waitForQuickTurn()) {
            return Optional.empty();
        }
        Turn turn = new Turn();
        CURRENT.set(turn);
        running.add(turn);
        return Optional.of(turn);
    }

    /**
     * A turn as {@link #enter()} gives it; without one, the request is answered 503 with {@code Retry-After} (the
     * queue wait), saying the server is answering as many {@code what} as it can.
     */
    Optional<Turn> enterOrRefuse(HttpServletResponse response, String what) throws IOException {
        Optional<Turn> admitted;
        try {
            admitted = enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = Optional.empty();
        }
        if (admitted.isEmpty()) {
            long retry = Math.max(1, limits.queueWait().toSeconds());
            response.setHeader("Retry-After", Long.toString(retry));
            Refusals.send(response, 503, "the server is answering as many " + what + " as it can; try again in " + retry + " s");
        }
        return admitted;
    }

    /**
     * Called by the query running on this thread every so often: past its quick time it moves to the long lane,
     * waiting there for a turn while it is not cancelled. Does nothing on a thread without a turn (a page's query,
     * the command line).
     */
    static void checkpoint(AtomicBoolean cancelled) {
        Turn turn = CURRENT.get();
        if (turn == null) {
            return;
        }
        if (turn.stopped != null) {
            throw new QueryRefused(turn.stopped);
        }
        if (!turn.inLongLane && turn.pastQuickTime()) {
            turn.moveToLongLane(cancelled);
        }
    }

    /**
     * Tells the query running in the long lane that has used the most processor time to stop, with {@code reason}
     * ({@link MemoryGuard}); nothing while a query told before is still in the server, whose rows may not be
     * collected yet.
     */
    synchronized void stopHeaviest(String reason) {
        if (running.stream().anyMatch(turn -> turn.stopped != null)) {
            return;
        }
        running.stream().filter(turn -> turn.inLongLane && turn.holding)
                .max(Comparator.comparingLong(Turn::processorTime))
                .ifPresent(turn -> turn.stopped = reason);
    }

    /** Waits at most the queue wait for a quick turn, if a waiting place is free. */
    private boolean waitForQuickTurn() throws InterruptedException {
        if (!takeWaitingPlace()) {
            return false;
        }
        try {
            return quick.enter(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS, () -> false);
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** One of the {@link Limits#queuedQueries()} places to wait, to be given back; false when none is free. */
    private boolean takeWaitingPlace() {
        if (waiting.incrementAndGet() > limits.queuedQueries()) {
            waiting.decrementAndGet();
            return false;
        }
        return true;
    }

    /** One query's turn: in the quick lane until it moves to the long one. */
    final class Turn implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        private final long cpuAtStart = THREADS.getCurrentThreadCpuTime();
        // Read by the collectors' notification thread (stopHeaviest), written by the query's own.
        private volatile boolean inLongLane;
        private volatile boolean holding = true;
        /** Why the query must stop; null while it may go on. */
        private volatile String stopped;

        private boolean pastQuickTime() {
            return THREADS.getCurrentThreadCpuTime() - cpuAtStart > quickCpuNanos;
        }

        private long processorTime() {
            return THREADS.getThreadCpuTime(thread.getId()) - cpuAtStart;
        }

        private void moveToLongLane(AtomicBoolean cancelled) {
            inLongLane = true;
            quick.leave();
            holding = false;
            if (longLane.tryEnter()) {
                holding = true;
                return;
            }
            if (!takeWaitingPlace()) {
                throw new QueryRefused("the server is running as many long queries as it can, and as many wait; try again later", 503);
            }
            try {
                if (!longLane.enter(Long.MAX_VALUE, TimeUnit.NANOSECONDS, () -> cancelled != null && cancelled.get())) {
                    throw new QueryCancelledException();
                }
                holding = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryCancelledException();
            } finally {
                waiting.decrementAndGet();
            }
        }

        @Override
        public void close() {
            CURRENT.remove();
            running.remove(this);
            if (holding) {
                (inLongLane ? longLane : quick).leave();
                holding = false;
            }
        }
    }
}
