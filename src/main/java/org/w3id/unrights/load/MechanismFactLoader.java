package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Unr;

/** {@code mechanismFacts}: what a source says about a mechanism — who set it up, when, how it is renewed, its size. */
public final class MechanismFactLoader implements SectionLoader {
    @Override
    public String section() {
        return "mechanismFacts";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.subject(item, "mechanism", Kind.MECHANISM).ifPresent(mechanism -> {
            out.describedHere(mechanism, item);
            out.ref(mechanism, Unr.establishedBy, item, "establishedBy", Kind.BODY);
            out.date(mechanism, Unr.established, item, "established");
            out.ref(mechanism, Unr.renewedBy, item, "renewedBy", Kind.BODY);
            out.english(mechanism, Unr.renewal, item, "renewal");
            out.count(mechanism, Unr.memberCount, item, "members");
            out.date(mechanism, Unr.startDate, item, "from");
            out.date(mechanism, Unr.endDate, item, "to");
            out.english(mechanism, Unr.summary, item, "summary");
        });
    }
}
