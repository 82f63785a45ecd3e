package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * A state's page leads with the votes people come for: over the shipped record, the DPRK's listed ballots are
 * its votes on human rights and on country situations, newest first, although most of its ballots are on other
 * matters and the newest of all are not necessarily among them.
 */
class StateHighlightsTest {
    @Test
    void theDprksListedBallotsAreOnHumanRightsAndCountrySituationsNewestFirst() {
        DatasetGraph dataset = Fixtures.shippedGraph().dataset();
        Highlights.VoteHistory history = Txn.calculateRead(dataset, () ->
                new ResourceHighlights(dataset, new Labels(dataset), new BallotIndex(Fixtures.shippedGraph())).of(Ids.id("state", "prk")).history());
        List<Highlights.StateVote> listed = history.votes();
        assertEquals(ResourceHighlights.LATEST_VOTES, listed.size());
        assertTrue(history.total() > 1000, "the DPRK's whole record: " + history.total());
        assertTrue(listed.stream().allMatch(Highlights.StateVote::onRights), "every listed ballot is on human rights");
        for (int i = 1; i < listed.size(); i++) {
            assertTrue(listed.get(i - 1).date().compareTo(listed.get(i).date()) >= 0, "newest first at " + i);
        }
    }

    @Test
    void aTopicAndAPeriodNarrowTheChartAndTheListToTheBallotsTheRecordFilesSo() {
        DatasetGraph dataset = Fixtures.shippedGraph().dataset();
        Node prk = Ids.id("state", "prk");
        Highlights.VoteHistory history = Txn.calculateRead(dataset, () -> new ResourceHighlights(dataset, new Labels(dataset),
                new BallotIndex(Fixtures.shippedGraph())).of(prk, VoteFilter.of("nu", "1995", "1999")).history());
        // The same ballots counted straight from the graph: the DPRK's, on roll calls the data set files under
        // nuclear weapons, dated 1995 to 1999.
        String count = Prefixes.sparqlPrologue() + """
                SELECT (COUNT(DISTINCT ?ballot) AS ?n) WHERE {
                  GRAPH ?g {
                    ?vote unr:hasBallot ?ballot ; unr:issue <https://w3id.org/un-rights/vocab/unga-issue/nu> ; unr:date ?date .
                    ?ballot unr:voter <https://w3id.org/un-rights/id/state/prk> .
                  }
                  FILTER (YEAR(?date) >= 1995 && YEAR(?date) <= 1999)
                }""";
        int expected = Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(count).build()) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
        assertTrue(expected > 20, "the DPRK voted on nuclear texts in those years: " + expected);
        assertEquals(expected, history.total());
        assertTrue(history.all() > history.total());
        assertEquals(expected, history.years().stream().mapToInt(Highlights.Year::total).sum(), "the chart counts the same ballots");
        assertEquals(List.of("1995", "1996", "1997", "1998", "1999"), history.years().stream().map(Highlights.Year::year).toList());
        assertTrue(history.votes().stream().allMatch(v -> v.date().compareTo("1995") >= 0 && v.date().compareTo("2000") < 0),
                "every listed ballot in the period");
        assertTrue(history.topics().stream().anyMatch(t -> t.key().equals("nu") && t.label().contains("nuclear")), history.topics()::toString);
    }

    @Test
    void theDprksReviewsAreListedByCycleWithTheMostPreciseDate() {
        DatasetGraph dataset = Fixtures.shippedGraph().dataset();
        Highlights.StateSummary summary = Txn.calculateRead(dataset, () -> new ResourceHighlights(dataset, new Labels(dataset),
                new BallotIndex(Fixtures.shippedGraph())).of(Ids.id("state", "prk")).state());
        assertEquals(List.of("1", "2", "3", "4"), summary.reviews().stream().map(Highlights.Review::cycle).toList());
        // One article dates the second review to 2014, another to April 2014.
        assertEquals("2014-04", summary.reviews().get(1).date());
        assertEquals("/id/review/prk-upr-2", summary.reviews().get(1).review().href());
    }

    @Test
    void aFilterThatIsNotATopicOrAYearIsLeftOut() {
        assertEquals(VoteFilter.NONE, VoteFilter.of("<script>", "nineteen", "99999"));
        assertEquals(new VoteFilter("hr", 2000, null), VoteFilter.of("hr", " 2000 ", ""));
    }
}
