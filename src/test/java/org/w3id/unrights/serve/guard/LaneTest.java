package org.w3id.unrights.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

class LaneTest {
    /** Longer than several of the lane's looks (50 ms), so that waiters look many times before their turn. */
    private static final long HELD_MILLIS = 400;

    @Test
    void turnsGoInTheOrderTheyWereAskedForWhileWaitersLookForCancellation() throws Exception {
        Lane lane = new Lane(1);
        assertTrue(lane.tryEnter());
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> waiters = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int index = i;
            Thread waiter = new Thread(() -> {
                try {
                    if (lane.enter(1, TimeUnit.MINUTES, () -> false)) {
                        order.add(index);
                        Thread.sleep(20);
                        lane.leave();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiter.start();
            waiters.add(waiter);
            awaitWaiting(lane, i + 1);
        }
        Thread.sleep(HELD_MILLIS);
        lane.leave();
        for (Thread waiter : waiters) {
            waiter.join(10_000);
        }
        assertEquals(List.of(0, 1, 2, 3, 4), order);
        assertEquals(0, lane.waiting());
        assertTrue(lane.tryEnter(), "every turn was given back");
    }

    @Test
    void aTurnGivenBackGoesToTheOneWaitingNotToANewcomer() throws Exception {
        Lane lane = new Lane(1);
        assertTrue(lane.tryEnter());
        AtomicBoolean entered = new AtomicBoolean();
        Thread waiter = waiter(lane, () -> false, entered);
        awaitWaiting(lane, 1);
        lane.leave();
        // A fair Semaphore's tryAcquire() takes a free permit whether or not others wait.
        assertFalse(lane.tryEnter(), "a newcomer went ahead of the waiter");
        waiter.join(10_000);
        assertTrue(entered.get());
    }

    @Test
    void aWaiterThatStopsLeavesTheLineAndTheNextGoesOn() throws Exception {
        Lane lane = new Lane(1);
        assertTrue(lane.tryEnter());
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean firstEntered = new AtomicBoolean(true);
        AtomicBoolean secondEntered = new AtomicBoolean();
        Thread first = waiter(lane, cancelled::get, firstEntered);
        awaitWaiting(lane, 1);
        Thread second = waiter(lane, () -> false, secondEntered);
        awaitWaiting(lane, 2);
        cancelled.set(true);
        first.join(10_000);
        assertFalse(firstEntered.get(), "the cancelled waiter got a turn");
        assertEquals(1, lane.waiting());
        lane.leave();
        second.join(10_000);
        assertTrue(secondEntered.get());
        assertEquals(0, lane.waiting());
    }

    @Test
    void aWaitEndsAtItsLongestWaitWithoutATurn() throws Exception {
        Lane lane = new Lane(1);
        assertTrue(lane.tryEnter());
        assertFalse(lane.enter(120, TimeUnit.MILLISECONDS, () -> false));
        assertEquals(0, lane.waiting());
    }

    /** A thread that waits up to a minute for a turn while {@code stop} is false, and sets {@code entered} to whether it got one. */
    private static Thread waiter(Lane lane, BooleanSupplier stop, AtomicBoolean entered) {
        Thread waiter = new Thread(() -> {
            try {
                entered.set(lane.enter(1, TimeUnit.MINUTES, stop));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        return waiter;
    }

    private static void awaitWaiting(Lane lane, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lane.waiting() < count) {
            if (System.nanoTime() > end) {
                throw new AssertionError("never " + count + " waiting");
            }
            Thread.sleep(2);
        }
    }
}
