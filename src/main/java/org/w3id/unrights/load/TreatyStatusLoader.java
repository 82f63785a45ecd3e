package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Unr;

/**
 * {@code treatyStatus}: where a state stands with a treaty at a source's time — party, signatory only, or not
 * a party — with the years of signature and ratification and a lapse in reporting where the source gives
 * them. Kept apart from positions: ratifying is not a stance, and not reporting is not accepting.
 */
public final class TreatyStatusLoader implements SectionLoader {
    @Override
    public String section() {
        return "treatyStatus";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.TREATY_STATUS, item, "key").ifPresent(status -> {
            out.fact(status, Unr.TreatyStatus, item);
            if (item.required("state") != null) {
                out.ref(status, Unr.concerns, item, "state", Kind.STATE);
            }
            if (item.required("treaty") != null) {
                out.typedRef(status, Unr.treaty, item, "treaty", Kind.MECHANISM);
            }
            out.requiredConcept(status, Unr.treatyStatus, item, "status", "treaty-status");
            out.date(status, Unr.signed, item, "signed");
            out.date(status, Unr.ratified, item, "ratified");
            out.date(status, Unr.noReportSince, item, "noReportSince");
            out.english(status, Unr.summary, item, "summary");
        });
    }
}
