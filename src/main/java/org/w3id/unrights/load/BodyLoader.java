package org.w3id.unrights.load;

import java.util.Set;

import org.w3id.unrights.vocab.Unr;

/** {@code reference/bodies.yaml}: organs, committees, offices, courts, organisations, NGOs, publishers. */
public final class BodyLoader implements SectionLoader {
    @Override
    public String section() {
        return "bodies";
    }

    @Override
    public Section layout() {
        return Section.things("bodies", Unr.Body, Set.of("key", "wikidata"));
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.BODY, item, "key").ifPresent(body -> {
            out.thing(body, Unr.Body, item, layout().own());
            item.text("wikidata").ifPresent(q -> Wikidata.link(body, q, item, out));
        });
    }
}
