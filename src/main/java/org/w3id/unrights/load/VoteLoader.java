package org.w3id.unrights.load;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Unr;

/** {@code votes}: the decision on a resolution in a body, its counts and, where known, each state's ballot. */
public final class VoteLoader implements SectionLoader {
    @Override
    public String section() {
        return "votes";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.VOTE, item, "key").ifPresent(vote -> {
            String key = item.text("key").orElseThrow();
            out.fact(vote, Unr.Vote, item);
            if (item.required("resolution") != null) {
                out.ref(vote, Unr.onResolution, item, "resolution", Kind.RESOLUTION);
            }
            out.ref(vote, Unr.inBody, item, "body", Kind.BODY);
            out.date(vote, Unr.date, item, "date");
            out.count(vote, Unr.yesCount, item, "yes");
            out.count(vote, Unr.noCount, item, "no");
            out.count(vote, Unr.abstainCount, item, "abstain");
            out.count(vote, Unr.absentCount, item, "absent");
            out.concept(vote, Unr.outcome, item, "outcome", "vote-outcome");
            out.english(vote, Unr.summary, item, "summary");
            for (Item ballot : item.items("ballots")) {
                String state = ballot.required("state");
                if (state != null) {
                    Node node = GraphWriter.child("ballot", key, state);
                    out.add(vote, Unr.hasBallot, node);
                    out.childFact(node, Unr.Ballot, ballot, "state", item);
                    out.ref(node, Unr.voter, ballot, "state", Kind.STATE);
                    out.requiredConcept(node, Unr.option, ballot, "option", "vote-option");
                } else {
                    ballot.abandon();
                }
                ballot.finish();
            }
        });
    }
}
