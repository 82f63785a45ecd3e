package org.w3id.unrights.load;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code reviews}: one state's Universal Periodic Review in one cycle. Each response figure keeps the
 * source's own category (examined, supported, accepted, noted, rejected…); categories are never merged.
 */
public final class ReviewLoader implements SectionLoader {
    static final Section RESPONSES = Section.facts("responses", Unr.ResponseCount, Set.of());

    @Override
    public String section() {
        return "reviews";
    }

    @Override
    public Section layout() {
        return Section.facts("reviews", Unr.Review, Set.of("key", "responses"), RESPONSES);
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.REVIEW, item, "key").ifPresent(review -> {
            String key = item.text("key").orElseThrow();
            out.fact(review, Unr.Review, item, layout().own());
            for (Item response : item.items("responses")) {
                // id/response/{review key}/{category}: the category names the node as well as its value.
                String category = response.required("category");
                if (category != null) {
                    Node node = GraphWriter.child("response", key, category);
                    out.add(review, Unr.hasResponse, node);
                    out.childFact(node, Unr.ResponseCount, response, "category", item, RESPONSES.own());
                } else {
                    response.abandon();
                }
                response.finish();
            }
        });
    }
}
