package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Unr;

/** {@code sanctions}: restrictive measures, who imposed them, on whom, and what they cover. */
public final class SanctionLoader implements SectionLoader {
    @Override
    public String section() {
        return "sanctions";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.SANCTION, item, "key").ifPresent(sanction -> {
            out.fact(sanction, Unr.Sanction, item);
            if (item.texts("imposedBy").isEmpty()) {
                item.required("imposedBy");
            }
            out.actors(sanction, Unr.imposedBy, item, "imposedBy");
            if (item.required("target") != null) {
                out.ref(sanction, Unr.concerns, item, "target", Kind.STATE);
            }
            out.englishList(sanction, Unr.sanctionMeasure, item, "measures");
            out.date(sanction, Unr.startDate, item, "from");
            out.date(sanction, Unr.endDate, item, "to");
            out.english(sanction, Unr.summary, item, "summary");
        });
    }
}
