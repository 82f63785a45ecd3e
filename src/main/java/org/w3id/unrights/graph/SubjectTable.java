package org.w3id.unrights.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.jena.graph.Node;

/**
 * The data-set subjects a load has seen, each with what the counts keep of it until the end ({@link Statistics.Subject}:
 * a few flags and its types), in primitive arrays: a 128-bit fingerprint of the subject (MurmurHash3 of its IRI),
 * a flag byte and the index of its first type, some 35 bytes a subject with the table's spare room. A map keyed by
 * the nodes themselves kept every IRI alive, about 180 bytes a subject: 1.6 GB for the 8.8 million subjects of ten
 * times the roll calls, which left a 2 GB heap collecting garbage for most of the load. Two subjects share a
 * fingerprint with a probability of about n²/2¹²⁹, 10⁻²⁵ for ten million. The rare subject with a second type, or
 * that the curated graphs also hold (whose node the counts need at the end), is kept aside in full.
 */
final class SubjectTable {
    private static final double LOAD = 0.6;
    /** Set on a slot in use; the other bits are the subject's {@link Statistics.Subject} flags. */
    private static final byte USED = (byte) 0x80;
    private static final int NO_TYPE = -1;

    private long[] high = new long[1 << 12];
    private long[] low = new long[1 << 12];
    private byte[] flags = new byte[1 << 12];
    private int[] firstType = new int[1 << 12];
    private final List<Node> types = new ArrayList<>();
    private final Map<Node, Integer> typeIndex = new HashMap<>();
    /** Per fingerprint: types after the first, and the node of a subject the curated graphs hold. */
    private final Map<Fingerprint, Node[]> moreTypes = new HashMap<>();
    private final Map<Fingerprint, Node> known = new HashMap<>();
    private int size;
    private Node lastSubject;
    private int lastSlot = -1;

    private record Fingerprint(long high, long low) {}

    /** What was kept of {@code subject} so far, or null if it is new; {@link #put} it back once changed. */
    Statistics.Subject get(Node subject) {
        int slot = find(subject, false);
        return slot < 0 ? null : restore(slot);
    }

    void put(Node subject, Statistics.Subject state) {
        int slot = find(subject, true);
        flags[slot] = (byte) (state.flags() | USED);
        Node type = state.firstType();
        firstType[slot] = type == null ? NO_TYPE : typeIndex.computeIfAbsent(type, t -> {
            types.add(t);
            return types.size() - 1;
        });
        Fingerprint key = new Fingerprint(high[slot], low[slot]);
        if (state.moreTypes().length > 0) {
            moreTypes.put(key, state.moreTypes());
        }
        if (state.has(Statistics.Subject.KNOWN)) {
            known.put(key, subject);
        }
    }

    /** Each subject with its state; the node only for one the curated graphs hold (null for the others). */
    void forEach(BiConsumer<Node, Statistics.Subject> each) {
        for (int slot = 0; slot < flags.length; slot++) {
            if (flags[slot] != 0) {
                each.accept(known.get(new Fingerprint(high[slot], low[slot])), restore(slot));
            }
        }
    }

    /** The state kept in {@code slot}, as a subject the counts can add to. */
    private Statistics.Subject restore(int slot) {
        Node type = firstType[slot] == NO_TYPE ? null : types.get(firstType[slot]);
        return Statistics.Subject.restore((byte) (flags[slot] & ~USED), type, moreTypes.get(new Fingerprint(high[slot], low[slot])));
    }

    int size() {
        return size;
    }

    /** The slot of {@code subject}: -1 if absent and not to be added. Subjects mostly come together, so the last one is remembered. */
    private int find(Node subject, boolean add) {
        if (subject.equals(lastSubject) && lastSlot >= 0 && flags[lastSlot] != 0) {
            return lastSlot;
        }
        long[] hash = MurmurHash3.hash128x64((subject.isBlank() ? "_:" + subject.getBlankNodeLabel() : subject.getURI())
                .getBytes(StandardCharsets.UTF_8));
        int slot = probe(hash[0], hash[1]);
        if (flags[slot] == 0) {
            if (!add) {
                return -1;
            }
            if (size + 1 > flags.length * LOAD) {
                grow();
                slot = probe(hash[0], hash[1]);
            }
            high[slot] = hash[0];
            low[slot] = hash[1];
            flags[slot] = USED;
            firstType[slot] = NO_TYPE;
            size++;
        }
        lastSubject = subject;
        lastSlot = slot;
        return slot;
    }

    /** Linear probing from the fingerprint's low bits: the slot holding it, or the empty one where it would go. */
    private int probe(long h, long l) {
        int mask = flags.length - 1;
        int slot = (int) (l ^ (l >>> 32)) & mask;
        while (flags[slot] != 0 && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        byte[] oldFlags = flags;
        int[] oldType = firstType;
        int capacity = oldFlags.length * 2;
        high = new long[capacity];
        low = new long[capacity];
        flags = new byte[capacity];
        firstType = new int[capacity];
        for (int i = 0; i < oldFlags.length; i++) {
            if (oldFlags[i] != 0) {
                int slot = probe(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                flags[slot] = oldFlags[i];
                firstType[slot] = oldType[i];
            }
        }
        lastSlot = -1;
    }
}
