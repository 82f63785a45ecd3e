package org.w3id.unrights.load;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Unr;

/** {@code resolutions}: resolutions and drafts, their sponsors and the operative paragraphs a source discusses. */
public final class ResolutionLoader implements SectionLoader {
    /** The number names the paragraph's IRI, so it is read first, but written like any field. */
    static final Section PARAGRAPHS = Section.facts("paragraphs", Unr.Paragraph, Set.of());

    @Override
    public String section() {
        return "resolutions";
    }

    @Override
    public Section layout() {
        return Section.facts("resolutions", Unr.Resolution, Set.of("key", "paragraphs"), PARAGRAPHS);
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.RESOLUTION, item, "key").ifPresent(resolution -> {
            String key = item.text("key").orElseThrow();
            out.fact(resolution, Unr.Resolution, item, layout().own());
            for (Item paragraph : item.items("paragraphs")) {
                loadParagraph(resolution, key, paragraph, item, out);
                paragraph.finish();
            }
        });
    }

    /** {@code id/paragraph/{resolution key}/{number}}: the number is part of the IRI, so it is checked first. */
    private static void loadParagraph(Node resolution, String key, Item paragraph, Item parent, GraphWriter out) {
        String number = paragraph.required("number");
        if (number == null) {
            paragraph.abandon();
            return;
        }
        if (!number.matches("[0-9]+[a-z]?")) {
            paragraph.error("number", "'" + number + "' is not a paragraph number such as 8 or 8a");
            paragraph.abandon();
            return;
        }
        Node node = GraphWriter.child("paragraph", key, number);
        out.add(resolution, Unr.hasParagraph, node);
        out.childFact(node, Unr.Paragraph, paragraph, "number", parent, PARAGRAPHS.own());
    }
}
