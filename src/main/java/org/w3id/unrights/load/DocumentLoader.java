package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** {@code documents}: reports, transcripts, letters and news items a source refers to. */
public final class DocumentLoader implements SectionLoader {
    @Override
    public String section() {
        return "documents";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.DOCUMENT, item, "key").ifPresent(document -> {
            out.fact(document, Unr.Document, item);
            out.text(document, Unr.symbol, item, "symbol");
            out.requiredConcept(document, Unr.documentKind, item, "kind", "document-kind");
            out.english(document, Std.dctTitle, item, "title");
            out.actors(document, Std.dctCreator, item, "authors");
            out.actor(document, Std.dctPublisher, item, "publisher");
            out.ref(document, Unr.submittedTo, item, "submittedTo", Kind.BODY);
            out.date(document, Unr.date, item, "date");
            out.typedRefs(document, Unr.about, item, "about");
            out.ref(document, Unr.underMandate, item, "mandate", Kind.MECHANISM);
            out.english(document, Unr.summary, item, "summary");
        });
    }
}
