package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/** The links to a resource counted on a TDB2 store's node ids are those counted on the quads' terms. */
class LinkCountsTest {
    private static final Node YES = Ids.concept("vote-option", "yes");
    private static final Node RECORD = Ids.graph("record");
    private static final Node ARTICLE = Ids.graph("article");

    @Test
    void aStoreCountsTheLinksByPropertyAsTheTermsDo() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        for (DatasetGraph dataset : new DatasetGraph[] {memory, store}) {
            Txn.executeWrite(dataset, () -> {
                for (int i = 0; i < 250; i++) {
                    dataset.add(new Quad(RECORD, ballot(i), Unr.option, YES));
                }
                // The same link stated in a second graph counts again: a description lists each graph's quad.
                dataset.add(new Quad(ARTICLE, ballot(7), Unr.option, YES));
                dataset.add(new Quad(ARTICLE, ballot(7), Unr.certainty, YES));
                // The resource's quads about itself are its own facts, not links.
                dataset.add(new Quad(ARTICLE, YES, Unr.certainty, YES));
                dataset.add(new Quad(ARTICLE, YES, Unr.option, ballot(1)));
            });
        }
        Map<Node, Long> expected = Map.of(Unr.option, 251L, Unr.certainty, 1L);
        assertEquals(expected, Txn.calculateRead(memory, () -> LinkCounts.byProperty(memory, YES)));
        assertEquals(expected, Txn.calculateRead(store, () -> LinkCounts.byProperty(store, YES)), "on node ids");
        assertEquals(Map.of(), Txn.calculateRead(store, () -> LinkCounts.byProperty(store, NodeFactory.createURI("https://example.org/none"))));
        assertEquals(Map.of(Unr.option, 1L), Txn.calculateRead(store, () -> LinkCounts.byProperty(store, ballot(1))),
                "a ballot is linked from the concept that states it");
    }

    private static Node ballot(int i) {
        return Ids.id("ballot", "rollcall-1/s" + i);
    }
}
