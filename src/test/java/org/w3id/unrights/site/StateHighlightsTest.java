package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;

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
}
