package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Unr;

/** {@code events}: meetings, sessions, visits, dialogue rounds, press conferences, letters. */
public final class EventLoader implements SectionLoader {
    @Override
    public String section() {
        return "events";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.EVENT, item, "key").ifPresent(event -> {
            out.fact(event, Unr.Event, item);
            out.requiredConcept(event, Unr.eventKind, item, "kind", "event-kind");
            out.label(event, item, "label");
            out.date(event, Unr.date, item, "date");
            out.date(event, Unr.startDate, item, "from");
            out.date(event, Unr.endDate, item, "to");
            out.text(event, Unr.place, item, "place");
            out.ref(event, Unr.inBody, item, "body", Kind.BODY);
            out.typedRefs(event, Unr.partOf, item, "partOf");
            out.ref(event, Unr.concerns, item, "concerns", Kind.STATE);
            out.actors(event, Unr.participant, item, "participants");
            out.actors(event, Unr.requestedBy, item, "requestedBy");
            out.actors(event, Unr.opposedBy, item, "opposedBy");
            out.actors(event, Unr.declinedBy, item, "declinedBy");
            out.english(event, Unr.summary, item, "summary");
        });
    }
}
