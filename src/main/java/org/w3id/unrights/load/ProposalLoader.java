package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Unr;

/**
 * {@code proposals}: something a source or an actor puts forward without it having happened — a benchmark
 * for a dialogue, an area of cooperation, a step to take. Its certainty says whose proposal it is.
 */
public final class ProposalLoader implements SectionLoader {
    @Override
    public String section() {
        return "proposals";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.PROPOSAL, item, "key").ifPresent(proposal -> {
            out.fact(proposal, Unr.Proposal, item);
            out.requiredConcept(proposal, Unr.proposalKind, item, "kind", "proposal-kind");
            out.actor(proposal, Unr.proposedBy, item, "proposedBy");
            out.typedRefs(proposal, Unr.proposedFor, item, "for");
            if (item.required("summary") != null) {
                out.english(proposal, Unr.summary, item, "summary");
            }
        });
    }
}
