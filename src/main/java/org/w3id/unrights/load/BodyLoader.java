package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** {@code reference/bodies.yaml}: organs, committees, offices, courts, organisations, NGOs, publishers. */
public final class BodyLoader implements SectionLoader {
    @Override
    public String section() {
        return "bodies";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.BODY, item, "key").ifPresent(body -> {
            out.add(body, Std.rdfType, Unr.Body);
            out.label(body, item, "name");
            out.englishList(body, Std.skosAltLabel, item, "altNames");
            out.requiredConcept(body, Unr.bodyKind, item, "kind", "body-kind");
            out.ref(body, Std.orgSubOrganizationOf, item, "parent", Kind.BODY);
            out.ref(body, Unr.organOf, item, "state", Kind.STATE);
            item.text("wikidata").ifPresent(q -> Wikidata.link(body, q, item, out));
        });
    }
}
