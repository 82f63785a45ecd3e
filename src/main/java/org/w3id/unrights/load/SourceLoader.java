package org.w3id.unrights.load;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The {@code source} section: the document a file's facts come from, described in its own graph. */
final class SourceLoader {
    private SourceLoader() {}

    static void describe(Node source, Item item, GraphWriter out) {
        out.add(source, Std.rdfType, Unr.Source);
        String title = item.required("title");
        if (title != null) {
            out.add(source, Std.dctTitle, NodeFactory.createLiteralLang(title, "en"));
        }
        out.refs(source, Std.dctCreator, item, "authors", Kind.PERSON);
        out.text(source, Unr.authorNote, item, "authorNote");
        out.ref(source, Std.dctPublisher, item, "publisher", Kind.BODY);
        out.text(source, Unr.publisherNote, item, "publisherNote");
        out.text(source, Unr.series, item, "series");
        out.date(source, Std.dctIssued, item, "published");
        out.sourceMarks(source, item);
        out.english(source, Unr.summary, item, "summary");
        out.typedRefs(source, Std.dctSubject, item, "subjects");
        out.ref(source, Unr.abridgementOf, item, "abridgementOf", Kind.DOCUMENT);
    }
}
