package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Unr;

/**
 * {@code figures}: a number a source gives — seats on a body, mandates in place at a date, executions in a
 * year, recommendations accepted — with what it measures and what it is about, so that a query can find it
 * instead of reading a summary.
 */
public final class FigureLoader implements SectionLoader {
    @Override
    public String section() {
        return "figures";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.FIGURE, item, "key").ifPresent(figure -> {
            out.fact(figure, Unr.Figure, item);
            out.requiredConcept(figure, Unr.measure, item, "measure", "measure");
            if (item.required("value") != null) {
                out.decimal(figure, Unr.value, item, "value");
            }
            out.typedRefs(figure, Unr.about, item, "about");
            out.date(figure, Unr.date, item, "date");
            out.english(figure, Unr.summary, item, "summary");
        });
    }
}
