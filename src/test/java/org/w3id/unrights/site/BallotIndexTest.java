package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * A state's ballots read through the vote matrix are the ballots the graph holds: each one found by following
 * {@code unr:voter} back from the state, in every graph, gives the same vote, date and option.
 */
class BallotIndexTest {
    @Test
    void aStatesBallotsFromTheMatrixAreThoseOfTheGraph() {
        RightsGraph graph = Fixtures.shippedGraph();
        BallotIndex index = new BallotIndex(graph);
        for (String key : List.of("prk", "usa", "ssd")) {
            Node state = Ids.id("state", key);
            Txn.executeRead(graph.dataset(), () -> {
                List<String> indexed = index.of(state).stream().map(c -> c.vote().getURI() + " " + c.date() + " " + c.option().getURI()).sorted().toList();
                List<String> followed = followed(graph.dataset(), state);
                assertTrue(followed.size() > 10, key + " cast ballots");
                assertEquals(followed, indexed, key);
            });
        }
    }

    /** Every ballot of {@code state} found by its triples alone: vote, date and option. */
    private static List<String> followed(DatasetGraph dataset, Node state) {
        List<String> found = new ArrayList<>();
        dataset.stream(Node.ANY, Node.ANY, Unr.voter, state).map(Quad::getSubject).distinct().forEach(ballot -> {
            Node vote = dataset.stream(Node.ANY, Node.ANY, Unr.hasBallot, ballot).map(Quad::getSubject).findFirst().orElseThrow();
            String date = dataset.stream(Node.ANY, vote, Unr.date, Node.ANY).map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse("");
            Node option = dataset.stream(Node.ANY, ballot, Unr.option, Node.ANY).map(Quad::getObject).findFirst().orElseThrow();
            found.add(vote.getURI() + " " + date + " " + option.getURI());
        });
        return found.stream().sorted().toList();
    }
}
