package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Unr;

/** {@code statements}: something an actor said or published, with its stance and any quoted words. */
public final class StatementLoader implements SectionLoader {
    @Override
    public String section() {
        return "statements";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.STATEMENT, item, "key").ifPresent(statement -> {
            out.fact(statement, Unr.Statement, item);
            if (item.required("actor") != null) {
                out.actor(statement, Unr.onBehalfOf, item, "actor");
            }
            out.ref(statement, Unr.speaker, item, "speaker", Kind.PERSON);
            out.date(statement, Unr.date, item, "date");
            out.ref(statement, Unr.atEvent, item, "event", Kind.EVENT);
            out.text(statement, Unr.place, item, "place");
            out.typedRef(statement, Unr.inDocument, item, "document", Kind.DOCUMENT);
            out.text(statement, Unr.documentParagraph, item, "paragraph");
            out.typedRefs(statement, Unr.about, item, "about");
            out.actor(statement, Unr.addressee, item, "addressee");
            out.requiredConcept(statement, Unr.stance, item, "stance", "stance");
            out.english(statement, Unr.quotation, item, "quote");
            out.actor(statement, Unr.reportedBy, item, "reportedBy");
            out.english(statement, Unr.summary, item, "summary");
        });
    }
}
