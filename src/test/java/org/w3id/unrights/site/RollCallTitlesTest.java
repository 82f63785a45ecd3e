package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * Over the shipped graph, roll calls included: the General Assembly's plenary roll call of 18 December 2014 on the
 * DPRK is headed by the body, the date and the resolution's symbol, not by what an article said of the
 * resolution before the vote.
 */
class RollCallTitlesTest {
    static final Node PLENARY_2014 = Ids.id("vote", "unga-rollcall-5377");

    @Test
    void the2014PlenaryRollCallIsHeadedByBodySymbolAndDate() {
        DatasetGraph dataset = Fixtures.shippedGraph().dataset();
        Txn.executeRead(dataset, () -> {
            String heading = new ResourcePage(dataset, Fixtures.shippedGraph().kinds(), new BallotIndex(Fixtures.shippedGraph()),
                    Fixtures.shippedStatistics(), new Labels(dataset)).view(PLENARY_2014, dataset, List.of()).label();
            assertEquals("United Nations General Assembly vote on A/RES/69/188, 2014-12-18", heading);
            List<String> summaries = dataset.stream(Node.ANY, Node.ANY, Unr.summary, Node.ANY).map(Quad::getObject)
                    .map(Node::getLiteralLexicalForm).toList();
            assertFalse(summaries.stream().anyMatch(s -> heading.contains(s) || s.contains(heading)), heading);
        });
    }
}
