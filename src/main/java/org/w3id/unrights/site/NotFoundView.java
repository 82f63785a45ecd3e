package org.w3id.unrights.site;

import java.util.List;

/** The 404 page of a project IRI nothing in the graph has, with the resources whose keys come closest. */
public record NotFoundView(String iri, List<Suggestion> similar) implements View {
    /** A resource that may be the one meant: its label linked, and its short form. */
    public record Suggestion(Link link, String shortForm) {}

    public NotFoundView {
        similar = List.copyOf(similar);
    }

    @Override
    public String template() {
        return "not-found.jte";
    }
}
