package org.w3id.unrights.load;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Unr;

/** {@code votes}: the decision on a resolution in a body, its counts and, where known, each state's ballot. */
public final class VoteLoader implements SectionLoader {
    static final Section BALLOTS = Section.facts("ballots", Unr.Ballot, Set.of());

    @Override
    public String section() {
        return "votes";
    }

    @Override
    public Section layout() {
        return Section.facts("votes", Unr.Vote, Set.of("key", "ballots"), BALLOTS);
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.VOTE, item, "key").ifPresent(vote -> {
            String key = item.text("key").orElseThrow();
            out.fact(vote, Unr.Vote, item, layout().own());
            for (Item ballot : item.items("ballots")) {
                // id/ballot/{vote key}/{state key}: the state names the ballot as well as the voter.
                String state = ballot.required("state");
                if (state != null) {
                    Node node = GraphWriter.child("ballot", key, state);
                    out.add(vote, Unr.hasBallot, node);
                    out.childFact(node, Unr.Ballot, ballot, "state", item, BALLOTS.own());
                } else {
                    ballot.abandon();
                }
                ballot.finish();
            }
        });
    }
}
