package org.w3id.unrights.serve.guard;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@link Limits#concurrentQueries()} queries run at once; up to {@link Limits#queuedQueries()} more
 * wait, each at most {@link Limits#queueWait()}, in arrival order. The rest are turned away at once.
 */
final class Admission {
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Limits limits;

    Admission(Limits limits) {
        this.limits = limits;
        this.running = new Semaphore(limits.concurrentQueries(), true);
    }

    /** True when the caller may run a query and must then {@link #release()}; false when it is turned away. */
    boolean enter() throws InterruptedException {
        if (running.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > limits.queuedQueries()) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    void release() {
        running.release();
    }
}
