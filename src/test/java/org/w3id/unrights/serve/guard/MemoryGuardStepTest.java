package org.w3id.unrights.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * When the heap is past the line after a collection, only a full collection says what the queries hold: after a
 * minor one, the old generation may be mostly the garbage of queries that have ended.
 */
class MemoryGuardStepTest {
    private static final long MAX = 1_000;

    @Test
    void belowTheLineNothingIsDone() {
        assertEquals(MemoryGuard.Step.NOTHING, MemoryGuard.after(true, 850, MAX));
        assertEquals(MemoryGuard.Step.NOTHING, MemoryGuard.after(false, 850, MAX));
    }

    @Test
    void pastItAMinorCollectionAsksForAFullOneAndAFullOneStopsAQuery() {
        assertEquals(MemoryGuard.Step.ASK_FOR_FULL_COLLECTION, MemoryGuard.after(false, 851, MAX));
        assertEquals(MemoryGuard.Step.STOP_HEAVIEST, MemoryGuard.after(true, 851, MAX));
    }
}
