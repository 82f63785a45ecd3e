package org.w3id.unrights.load;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** {@code reference/mechanisms.yaml}: what each mechanism is; when and by whom it was set up are source facts. */
public final class MechanismLoader implements SectionLoader {
    /** The {@code kind} values and the class each selects. */
    static final Map<String, Node> CLASSES = Map.of(
            "special-procedure", Unr.SpecialProcedure,
            "commission-of-inquiry", Unr.CommissionOfInquiry,
            "periodic-review", Unr.PeriodicReview,
            "council-debate", Unr.CouncilDebate,
            "resolution-series", Unr.ResolutionSeries,
            "bilateral-dialogue", Unr.BilateralDialogue,
            "technical-cooperation", Unr.TechnicalCooperation,
            "field-office", Unr.FieldOffice,
            "treaty-review", Unr.TreatyReview);

    @Override
    public String section() {
        return "mechanisms";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.MECHANISM, item, "key").ifPresent(mechanism -> {
            String kind = item.required("kind");
            if (kind != null) {
                Node type = CLASSES.get(kind);
                if (type == null) {
                    item.error("kind", "'" + kind + "' is not one of " + String.join(", ", new java.util.TreeSet<>(CLASSES.keySet())));
                } else {
                    out.add(mechanism, Std.rdfType, type);
                }
            }
            out.label(mechanism, item, "name");
            out.englishList(mechanism, Std.skosAltLabel, item, "altNames");
            out.ref(mechanism, Unr.concerns, item, "concerns", Kind.STATE);
            out.concepts(mechanism, Unr.theme, item, "themes", "theme");
        });
    }
}
