package org.w3id.unrights.load;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code reviews}: one state's Universal Periodic Review in one cycle. Each response figure keeps the
 * source's own category (examined, supported, accepted, noted, rejected…); categories are never merged.
 */
public final class ReviewLoader implements SectionLoader {
    @Override
    public String section() {
        return "reviews";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.REVIEW, item, "key").ifPresent(review -> {
            String key = item.text("key").orElseThrow();
            out.fact(review, Unr.Review, item);
            if (item.required("state") != null) {
                out.ref(review, Unr.concerns, item, "state", Kind.STATE);
            }
            out.ref(review, Unr.underMechanism, item, "mechanism", Kind.MECHANISM);
            out.count(review, Unr.cycle, item, "cycle");
            out.date(review, Unr.date, item, "date");
            out.date(review, Unr.outcomeDate, item, "outcomeDate");
            out.count(review, Unr.recommendationCount, item, "recommendations");
            out.count(review, Unr.recommendingStateCount, item, "fromStates");
            out.concepts(review, Unr.rejectedTheme, item, "rejectedThemes", "theme");
            out.english(review, Unr.summary, item, "summary");
            for (Item response : item.items("responses")) {
                String category = response.required("category");
                if (category != null) {
                    Node node = GraphWriter.child("response", key, category);
                    out.add(review, Unr.hasResponse, node);
                    out.childFact(node, Unr.ResponseCount, response, "category", item);
                    out.requiredConcept(node, Unr.responseCategory, response, "category", "response-category");
                    if (response.required("count") != null) {
                        out.count(node, Unr.count, response, "count");
                    }
                    out.english(node, Unr.quotation, response, "quote");
                    out.english(node, Unr.summary, response, "summary");
                } else {
                    response.abandon();
                }
                response.finish();
            }
        });
    }
}
