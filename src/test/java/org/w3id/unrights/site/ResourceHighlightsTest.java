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
        Highlights.VoteHistory history = Txn.calculateRead(dataset, () -> new ResourceHighlights(dataset, new Labels(dataset), curatedOnly(dataset)).of(state).history());
        assertEquals(votes, history.total());
        assertEquals(ResourceHighlights.LATEST_VOTES, history.votes().size());
        assertEquals(votes, history.years().stream().mapToInt(Highlights.Year::total).sum(), "the chart counts every ballot");
        assertEquals(3, history.years().size());
        assertEquals("2002", history.votes().get(0).date().substring(0, 4), "newest first");
        assertEquals(30, history.years().stream().flatMap(y -> y.counts().stream()).filter(c -> c.option().equals("no")).mapToInt(Highlights.OptionCount::n).sum());
    }

    /**
     * A vote's page sets every account of a vote on the same text side by side: the article's tally of the
     * committee vote on the 2014 draft (111–19–55) and a record's count of the plenary vote (116–20–53,
     * computed from ballots), each with its source; they are votes of different bodies, so the page says so
     * rather than that their counts differ.
     */
    @Test
    void everyAccountOfAVoteOnTheSameTextIsShownWithItsSource() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        DatasetGraph curated = org.w3id.unrights.Fixtures.curatedGraph().dataset();
        Txn.executeRead(curated, () -> curated.stream().forEach(q -> Txn.executeWrite(dataset, () -> dataset.add(q))));
        Node record = Ids.graph("a-record");
        Node recordVote = Ids.id("vote", "record-5377");
        Node draft = Ids.id("resolution", "A/C.3/69/L.28/Rev.1");
        Txn.executeWrite(dataset, () -> {
            dataset.add(record, recordVote, Std.rdfType, Unr.Vote);
            dataset.add(record, recordVote, Unr.onResolution, draft);
            dataset.add(record, recordVote, Unr.date, NodeFactory.createLiteralString("2014-12-18"));
            dataset.add(record, recordVote, Unr.yesCount, NodeFactory.createLiteralString("116"));
            dataset.add(record, recordVote, Unr.noCount, NodeFactory.createLiteralString("20"));
            dataset.add(record, recordVote, Unr.abstainCount, NodeFactory.createLiteralString("53"));
            dataset.add(record, recordVote, Unr.inferredProperty, Unr.yesCount);
            dataset.add(record, recordVote, Unr.locator, NodeFactory.createLiteralString("rcid 5377"));
            dataset.add(record, recordVote, Unr.inBody, Ids.id("body", "un-general-assembly"));
        });
        Node article = Ids.id("vote", "ga3c-2014-11-18-dprk");
        Highlights highlights = Txn.calculateRead(dataset, () -> new ResourceHighlights(dataset, new Labels(dataset), curatedOnly(dataset)).of(article));
        assertEquals(java.util.List.of("111–19–55", "116–20–53"), highlights.tallies().stream().map(Highlights.Tally::counts).toList());
        assertEquals(java.util.List.of(false, true), highlights.tallies().stream().map(Highlights.Tally::computed).toList());
        assertEquals("para 1, note 1", highlights.tallies().get(0).locator());
        org.junit.jupiter.api.Assertions.assertTrue(highlights.talliesSpanBodies(), "a committee's vote and the plenary's");
        org.junit.jupiter.api.Assertions.assertFalse(highlights.talliesDiffer(), "votes of different bodies are not compared");
        // the record's vote shows the same two accounts
        Highlights fromRecord = Txn.calculateRead(dataset, () -> new ResourceHighlights(dataset, new Labels(dataset), curatedOnly(dataset)).of(recordVote));
        assertEquals(2, fromRecord.tallies().size());
    }

    /** The ballots of a dataset whose graphs are all curated (no data set, no vote matrix). */
    static BallotIndex curatedOnly(DatasetGraph dataset) {
        return new BallotIndex(new org.w3id.unrights.graph.RightsGraph(dataset, org.apache.jena.sparql.graph.GraphFactory::createDefaultGraph,
                new org.w3id.unrights.load.Registry(), java.util.List.of()));
    }

    /** Two accounts of one body's vote that give different counts are said to differ; votes of two bodies are not compared. */
    @Test
    void onlyAccountsOfOneBodysVoteAreCompared() {
        Link plenary = Link.to("/id/body/un-general-assembly", "General Assembly");
        Link committee = Link.to("/id/body/un-ga-third-committee", "Third Committee");
        Highlights.Tally recorded = tally(plenary, "116");
        Highlights sameBody = new Highlights(null, java.util.List.of(), null, null, null, java.util.List.of(recorded, tally(plenary, "115")));
        org.junit.jupiter.api.Assertions.assertTrue(sameBody.talliesDiffer());
        org.junit.jupiter.api.Assertions.assertFalse(sameBody.talliesSpanBodies());
        Highlights twoBodies = new Highlights(null, java.util.List.of(), null, null, null, java.util.List.of(recorded, tally(committee, "111")));
        org.junit.jupiter.api.Assertions.assertFalse(twoBodies.talliesDiffer());
        org.junit.jupiter.api.Assertions.assertTrue(twoBodies.talliesSpanBodies());
    }

    private static Highlights.Tally tally(Link body, String yes) {
        return new Highlights.Tally(Link.to("/id/vote/v" + yes, "a vote"), body, "2014-12-18", yes, "20", "53", null, "", false);
    }
}
