package org.w3id.unrights.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * What people type, over the shipped graph with the whole roll-call record: the resources they mean come first,
 * although no single name holds all their words.
 */
class SearchAtScaleTest {
    static final Node PRK = Ids.id("state", "prk");

    static DatasetGraph dataset;
    static TextIndex index;

    @BeforeAll
    static void index() {
        dataset = Fixtures.shippedGraph().dataset();
        index = SearchIndex.inMemory(dataset);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void dprkVotesFindsVotesOnTextsAboutTheDprkFirst() {
        // Each of the first ten is a vote on a text about the DPRK, or a resource whose own name says it is a vote
        // about the DPRK (an article's account of the plenary vote); most are votes of the record.
        List<Search.Hit> first = find("DPRK votes").subList(0, 10);
        long votes = 0;
        for (Search.Hit hit : first) {
            Node node = hit.resource();
            boolean voteOnDprkText = hit.kind().equals("vote") && Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, node, Unr.onResolution, Node.ANY)
                    .anyMatch(q -> dataset.contains(Node.ANY, q.getObject(), Unr.concerns, PRK)));
            String matched = hit.matched().toLowerCase();
            assertTrue(voteOnDprkText || (matched.contains("vote") && matched.contains("dprk")), hit.toString());
            votes += voteOnDprkText ? 1 : 0;
        }
        assertTrue(votes >= 8, first.toString());
    }

    @Test
    void northKoreaResolution2014FindsA2014ResolutionAboutTheDprkFirst() {
        Search.Hit first = find("North Korea resolution 2014").get(0);
        assertEquals("resolution", first.kind(), first.toString());
        Node resolution = first.resource();
        Txn.executeRead(dataset, () -> {
            assertTrue(dataset.contains(Node.ANY, resolution, Unr.concerns, PRK), resolution + " concerns the DPRK");
            boolean of2014 = dataset.stream(Node.ANY, resolution, Unr.date, Node.ANY).anyMatch(q -> q.getObject().getLiteralLexicalForm().startsWith("2014"))
                    || dataset.stream(Node.ANY, Node.ANY, Unr.onResolution, resolution).anyMatch(v -> dataset.stream(Node.ANY, v.getSubject(), Unr.date, Node.ANY)
                            .anyMatch(q -> q.getObject().getLiteralLexicalForm().startsWith("2014")));
            assertTrue(of2014, resolution + " is of 2014");
        });
    }

    @Test
    void specialRapporteurFindsTheMandateFirst() {
        Search.Hit first = find("Special Rapporteur").get(0);
        assertEquals("mechanism", first.kind(), first.toString());
        assertTrue(Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, first.resource(), Std.rdfsLabel, Node.ANY)
                .anyMatch(q -> q.getObject().getLiteralLexicalForm().contains("Special Rapporteur"))), first.toString());
    }

    @Test
    void resourcesMatchingEveryWordComeBeforeThoseMatchingSome() {
        List<Search.Hit> hits = find("Darusman rapporteur");
        assertTrue(hits.size() > 1);
        int firstPartial = hits.indexOf(hits.stream().filter(h -> !h.matched().toLowerCase().contains("darusman")
                || !h.matched().toLowerCase().contains("rapporteur")).findFirst().orElseThrow());
        assertTrue(hits.subList(firstPartial, hits.size()).stream().noneMatch(h -> h.matched().toLowerCase().contains("darusman")
                && h.matched().toLowerCase().contains("rapporteur")), "no full match after a partial one");
    }

    private static List<Search.Hit> find(String typed) {
        return Txn.calculateRead(dataset, () -> new Search(index, dataset).find(typed));
    }
}
