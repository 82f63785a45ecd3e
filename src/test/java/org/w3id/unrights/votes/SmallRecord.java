package org.w3id.unrights.votes;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/** A voting record small enough to count by hand, for the vote matrix's tests. */
final class SmallRecord {
    static final Node GRAPH = Ids.graph("test-votes");
    /** The prefixes the vote matrix's tests write their queries with. */
    static final String PREFIXES = """
            PREFIX unr: <https://w3id.org/un-rights/ontology#>
            PREFIX unrf: <https://w3id.org/un-rights/function#>
            PREFIX state: <https://w3id.org/un-rights/id/state/>
            PREFIX unga-issue: <https://w3id.org/un-rights/vocab/unga-issue/>
            PREFIX vote-option: <https://w3id.org/un-rights/vocab/vote-option/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private SmallRecord() {}

    /** Three roll calls (2001 on human rights, 2002, 2011) and the ballots of states A, B and C, as the loader sends them. */
    static List<Quad> quads() {
        List<Quad> quads = new ArrayList<>();
        rollCall(quads, 1, "2001-10-01", "hr", "a", "yes", "b", "yes");
        rollCall(quads, 2, "2002-10-01", null, "a", "yes", "b", "abstain");
        rollCall(quads, 3, "2011-10-01", null, "a", "no", "b", "yes", "c", "no");
        return quads;
    }

    /** Roll call {@code n} of {@link #quads()}. */
    static Node rollCall(int n) {
        return Ids.id("vote", "test-" + n);
    }

    static Node state(String key) {
        return Ids.id("state", key);
    }

    private static void rollCall(List<Quad> quads, int n, String date, String issue, String... ballots) {
        Node vote = rollCall(n);
        quads.add(Quad.create(GRAPH, vote, Unr.date, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        if (issue != null) {
            quads.add(Quad.create(GRAPH, vote, Unr.issue, Ids.concept("unga-issue", issue)));
        }
        for (int i = 0; i < ballots.length; i += 2) {
            Node ballot = Ids.id("ballot", "test-" + n + "/" + ballots[i]);
            quads.add(Quad.create(GRAPH, vote, Unr.hasBallot, ballot));
            quads.add(Quad.create(GRAPH, ballot, Unr.voter, state(ballots[i])));
            quads.add(Quad.create(GRAPH, ballot, Unr.option, Ids.concept("vote-option", ballots[i + 1])));
        }
    }
}
