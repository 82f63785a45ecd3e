package org.w3id.unrights.serve.guard;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Keeps the queries of a server from running its heap out. When a full garbage collection leaves more than
 * {@link #SHARE} of the heap's maximum in use, each server's {@link Admission} tells the query in its long lane
 * that has used the most processor time to stop (a minor collection that leaves that much asks for a full one,
 * at most every two seconds, since the old generation it did not collect may be mostly garbage): a query
 * gathers the rows it sorts, groups or keeps apart as it runs, so the one that has run longest is the likeliest
 * to hold the most. It ends at its next step with 422. The rows, the strings and the paths of one query have budgets of their own ({@link Limits}); what they
 * hold for {@code ORDER BY}, {@code GROUP BY}, {@code DISTINCT} or a join has none, and four sorts of a cross
 * product at once filled a 2 GB heap in ten seconds ({@code OutOfMemoryError}, 500).
 *
 * <p>One listener for the JVM, on the collectors' notifications; the admissions are held weakly, so a server
 * stopped and dropped leaves nothing behind.
 */
final class MemoryGuard {
    /** The share of the heap's maximum past which, after a full collection, the heaviest long query is stopped. */
    static final double SHARE = 0.85;
    private static final Set<Admission> ADMISSIONS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final long FULL_COLLECTION_GAP_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final AtomicLong lastFullCollectionAsked = new AtomicLong(System.nanoTime() - FULL_COLLECTION_GAP_NANOS - 1);
    private static final List<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> afterCollection(notification), null, null);
            }
        }
    }

    private MemoryGuard() {}

    /** Watches the heap on behalf of {@code admission} from now on. */
    static void watch(Admission admission) {
        ADMISSIONS.add(admission);
    }

    private static void afterCollection(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long max = Runtime.getRuntime().maxMemory();
        long held = heapHeld(info.getGcInfo().getMemoryUsageAfterGc());
        switch (after(info.getGcAction().contains("major"), held, max)) {
            case NOTHING -> { }
            case ASK_FOR_FULL_COLLECTION -> askForFullCollection();
            case STOP_HEAVIEST -> stopHeaviest(held, max);
        }
    }

    /** What a collection that left {@code held} bytes of a heap of {@code max} in use calls for. */
    enum Step { NOTHING, ASK_FOR_FULL_COLLECTION, STOP_HEAVIEST }

    static Step after(boolean fullCollection, long held, long max) {
        if (held <= SHARE * max) {
            return Step.NOTHING;
        }
        // A minor collection leaves the old generation as it was, garbage included: what the queries really hold is
        // known after a full one (a query that held a great deal and has ended would be charged to the next otherwise).
        return fullCollection ? Step.STOP_HEAVIEST : Step.ASK_FOR_FULL_COLLECTION;
    }

    private static void stopHeaviest(long held, long max) {
        String reason = String.format("the server ran short of memory while this query ran (%,d of %,d MB held after a collection), "
                + "and of the queries running it had run longest; a query that sorts, groups or keeps apart many rows "
                + "holds them all at once: narrow its patterns, or add LIMIT", held >> 20, max >> 20);
        List<Admission> admissions;
        synchronized (ADMISSIONS) {
            admissions = List.copyOf(ADMISSIONS);
        }
        admissions.forEach(admission -> admission.stopHeaviest(reason));
    }

    /** A full collection on a thread of its own, at most every {@link #FULL_COLLECTION_GAP_NANOS}. */
    private static void askForFullCollection() {
        long now = System.nanoTime();
        long last = lastFullCollectionAsked.get();
        if (now - last > FULL_COLLECTION_GAP_NANOS && lastFullCollectionAsked.compareAndSet(last, now)) {
            Thread collection = new Thread(System::gc, "memory-guard");
            collection.setDaemon(true);
            collection.start();
        }
    }

    private static long heapHeld(Map<String, MemoryUsage> afterCollection) {
        return HEAP_POOLS.stream().map(afterCollection::get).filter(usage -> usage != null).mapToLong(MemoryUsage::getUsed).sum();
    }
}
