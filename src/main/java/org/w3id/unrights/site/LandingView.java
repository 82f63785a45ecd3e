package org.w3id.unrights.site;

import java.util.List;

/**
 * The landing page: counts of what the graph holds, the named queries to run in place, the endpoint's
 * address, and the downloads.
 */
public record LandingView(List<Count> counts, List<QueryCard> queries, String endpoint, List<DumpFile> dumps) implements View {
    /** One count: "{n} {what}". */
    public record Count(String what, long n) {}

    public LandingView {
        counts = List.copyOf(counts);
        queries = List.copyOf(queries);
        dumps = List.copyOf(dumps);
    }

    @Override
    public String template() {
        return "landing.jte";
    }
}
