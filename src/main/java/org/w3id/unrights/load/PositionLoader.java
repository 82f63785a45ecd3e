package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Unr;

/** {@code positions}: an actor's stance toward a mechanism, resolution or practice over a period. */
public final class PositionLoader implements SectionLoader {
    @Override
    public String section() {
        return "positions";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.POSITION, item, "key").ifPresent(position -> {
            out.fact(position, Unr.Position, item);
            if (item.required("holder") != null) {
                out.actor(position, Unr.holder, item, "holder");
            }
            if (item.required("toward") != null) {
                out.typedRef(position, Unr.toward, item, "toward", null);
            }
            out.requiredConcept(position, Unr.stance, item, "stance", "stance");
            out.date(position, Unr.startDate, item, "from");
            out.date(position, Unr.endDate, item, "to");
            out.typedRefs(position, Unr.evidence, item, "evidence");
            out.english(position, Unr.summary, item, "summary");
        });
    }
}
