package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** A state with many ballots (as a roll-call data set gives it) is charted whole and listed in part. */
class ResourceHighlightsTest {
    @Test
    void aStatesBallotsAreAllChartedAndTheLatestListed() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node graph = Ids.graph("roll-calls");
        Node state = Ids.id("state", "prk");
        int votes = 60;
        Txn.executeWrite(dataset, () -> {
            dataset.add(graph, state, Std.rdfType, Unr.State);
            for (int i = 0; i < votes; i++) {
                Node vote = Ids.id("vote", "v" + i);
                Node ballot = Ids.id("ballot", "v" + i + "/prk");
                dataset.add(new Quad(graph, vote, Std.rdfType, Unr.Vote));
                dataset.add(new Quad(graph, vote, Unr.date, NodeFactory.createLiteralString((2000 + i % 3) + "-12-" + (10 + i % 18))));
                dataset.add(new Quad(graph, vote, Unr.hasBallot, ballot));
                dataset.add(new Quad(graph, ballot, Std.rdfType, Unr.Ballot));
                dataset.add(new Quad(graph, ballot, Unr.voter, state));
                dataset.add(new Quad(graph, ballot, Unr.option, Ids.concept("vote-option", i % 2 == 0 ? "no" : "abstain")));
            }
        });
        Highlights.VoteHistory history = Txn.calculateRead(dataset, () -> new ResourceHighlights(dataset, new Labels(dataset)).of(state).history());
        assertEquals(votes, history.total());
        assertEquals(ResourceHighlights.LATEST_VOTES, history.votes().size());
        assertEquals(votes, history.years().stream().mapToInt(Highlights.Year::total).sum(), "the chart counts every ballot");
        assertEquals(3, history.years().size());
        assertEquals("2002", history.votes().get(0).date().substring(0, 4), "newest first");
        assertEquals(30, history.years().stream().flatMap(y -> y.counts().stream()).filter(c -> c.option().equals("no")).mapToInt(Highlights.OptionCount::n).sum());
    }
}
