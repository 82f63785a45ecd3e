package org.w3id.unrights.load;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** {@code resolutions}: resolutions and drafts, their sponsors and the operative paragraphs a source discusses. */
public final class ResolutionLoader implements SectionLoader {
    @Override
    public String section() {
        return "resolutions";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.RESOLUTION, item, "key").ifPresent(resolution -> {
            String key = item.text("key").orElseThrow();
            out.fact(resolution, Unr.Resolution, item);
            out.text(resolution, Unr.symbol, item, "symbol");
            out.english(resolution, Std.dctTitle, item, "title");
            out.ref(resolution, Unr.inBody, item, "body", Kind.BODY);
            out.count(resolution, Unr.session, item, "session");
            out.date(resolution, Unr.date, item, "date");
            out.ref(resolution, Unr.concerns, item, "concerns", Kind.STATE);
            out.concept(resolution, Unr.adoptionMode, item, "adoption", "adoption-mode");
            out.actors(resolution, Unr.sponsor, item, "sponsors");
            out.actors(resolution, Unr.coSponsor, item, "coSponsors");
            out.actor(resolution, Unr.leadDrafter, item, "leadDrafter");
            out.ref(resolution, Unr.revisionOf, item, "revisionOf", Kind.RESOLUTION);
            out.ref(resolution, Unr.draftOf, item, "draftOf", Kind.RESOLUTION);
            out.english(resolution, Unr.summary, item, "summary");
            for (Item paragraph : item.items("paragraphs")) {
                loadParagraph(resolution, key, paragraph, item, out);
                paragraph.finish();
            }
        });
    }

    private static void loadParagraph(Node resolution, String key, Item paragraph, Item parent, GraphWriter out) {
        String number = paragraph.required("number");
        if (number == null) {
            return;
        }
        if (!number.matches("[0-9]+[a-z]?")) {
            paragraph.error("number", "'" + number + "' is not a paragraph number such as 8 or 8a");
            return;
        }
        Node node = GraphWriter.child("paragraph", key, number);
        out.add(resolution, Unr.hasParagraph, node);
        out.childFact(node, Unr.Paragraph, paragraph, parent);
        out.add(node, Unr.paragraphNumber, NodeFactory.createLiteralString(number));
        paragraph.writtenAs("number", Unr.paragraphNumber);
        // A paragraph may act in several clauses ("decides …, and encourages …"): one or a list.
        out.concepts(node, Unr.operativeAction, paragraph, "action", "operative-action");
        out.english(node, Unr.summary, paragraph, "summary");
        out.english(node, Unr.quotation, paragraph, "quote");
        out.typedRefs(node, Unr.mentions, paragraph, "mentions");
    }
}
