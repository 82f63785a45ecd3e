package org.w3id.unrights.site;

import java.util.List;

/** {@code /queries/}: every named query, linked to its results. */
public record QueriesView(List<QueryCard> queries) implements View {
    public QueriesView {
        queries = List.copyOf(queries);
    }

    @Override
    public String template() {
        return "queries.jte";
    }
}
