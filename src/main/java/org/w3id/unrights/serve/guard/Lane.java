package org.w3id.unrights.serve.guard;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * A fixed number of turns, given in the order they were asked for. A waiter keeps its place in line while it
 * looks, every so often, whether it should stop waiting (its query cancelled): a fair {@link
 * java.util.concurrent.Semaphore} polled with a timed {@code tryAcquire} sends the waiter to the back of the line
 * at each look, so under load some waited until their timeout while later ones went first.
 */
final class Lane {
    /** How often a waiter looks whether it should stop waiting. */
    private static final long LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ReentrantLock lock = new ReentrantLock();
    /** Each waiter's own condition, first in line first: a turn given back wakes the first waiter alone. */
    private final ArrayDeque<Condition> line = new ArrayDeque<>();
    private int free;

    Lane(int turns) {
        this.free = turns;
    }

    /** A turn at once if one is free and nobody waits for it; false otherwise. */
    boolean tryEnter() {
        lock.lock();
        try {
            return takeIfNobodyWaits();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A turn, waiting in line for at most {@code maxWait} while {@code stop} is false; false (and out of the line)
     * when either ends the wait first.
     */
    boolean enter(long maxWait, TimeUnit unit, BooleanSupplier stop) throws InterruptedException {
        lock.lock();
        try {
            if (takeIfNobodyWaits()) {
                return true;
            }
            Condition self = lock.newCondition();
            line.add(self);
            long deadline = System.nanoTime() + unit.toNanos(maxWait);
            try {
                while (line.peek() != self || free == 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || stop.getAsBoolean()) {
                        return false;
                    }
                    self.awaitNanos(Math.min(left, LOOK_NANOS));
                }
                free--;
                return true;
            } finally {
                line.remove(self);
                // The next in line may go now, if a turn is still free.
                wakeFirst();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives a turn back. */
    void leave() {
        lock.lock();
        try {
            free++;
            wakeFirst();
        } finally {
            lock.unlock();
        }
    }

    /** Takes a free turn if nobody is in line for it; the lock is held. */
    private boolean takeIfNobodyWaits() {
        if (free > 0 && line.isEmpty()) {
            free--;
            return true;
        }
        return false;
    }

    private void wakeFirst() {
        Condition first = line.peek();
        if (first != null) {
            first.signal();
        }
    }

    /** How many wait in line now. */
    int waiting() {
        lock.lock();
        try {
            return line.size();
        } finally {
            lock.unlock();
        }
    }
}
