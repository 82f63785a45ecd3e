package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/** The load's table of data-set subjects gives back what was put, through its growth, for subjects that come apart. */
class SubjectTableTest {
    @Test
    void everySubjectKeepsItsFlagsAndTypesAsTheTableGrows() {
        SubjectTable table = new SubjectTable();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            Statistics.Subject state = Statistics.Subject.restore((byte) 0, null, null);
            state.addType(i % 2 == 0 ? Unr.Ballot : Unr.Vote);
            table.put(Ids.id("ballot", "b" + i), state);
        }
        // Every other subject comes back later, as a roll call's issue rows do, with a flag and a second type.
        for (int i = 0; i < n; i += 2) {
            Node subject = Ids.id("ballot", "b" + i);
            Statistics.Subject state = table.get(subject);
            assertTrue(state.hasType(Unr.Ballot), "the type put before the table grew");
            state.mark(Statistics.Subject.DERIVED);
            state.addType(Unr.Resolution);
            table.put(subject, state);
        }
        assertEquals(n, table.size());
        assertNull(table.get(Ids.id("ballot", "never-seen")));
        Map<String, Integer> seen = new HashMap<>();
        table.forEach((node, state) -> {
            String kind = (state.has(Statistics.Subject.DERIVED) ? "derived " : "") + (state.hasType(Unr.Resolution) ? "two types" : "one type");
            seen.merge(kind, 1, Integer::sum);
        });
        assertEquals(Map.of("derived two types", n / 2, "one type", n / 2), seen);
    }

    @Test
    void aSubjectTheCuratedGraphsHoldKeepsItsNodeForTheEnd() {
        SubjectTable table = new SubjectTable();
        Node state = Ids.id("state", "prk");
        table.put(state, Statistics.Subject.restore(Statistics.Subject.KNOWN, null, null));
        table.put(NodeFactory.createBlankNode("b0"), Statistics.Subject.restore((byte) 0, null, null));
        Map<Node, Byte> nodes = new HashMap<>();
        table.forEach((node, s) -> nodes.put(node, s.flags()));
        assertEquals(Map.of(state, Statistics.Subject.KNOWN), Map.of(state, nodes.get(state)));
        assertTrue(nodes.containsKey(null), "a subject the curated graphs lack is not kept as a node");
    }
}
