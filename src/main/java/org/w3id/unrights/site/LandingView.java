package org.w3id.unrights.site;

import java.util.List;

/**
 * The landing page: counts of what the graph holds, each kind linked to its listing, the named queries to run in place, the endpoint's
 * address, and the downloads.
 */
/**
 * @param queries    the questions shown on the page (the featured ones), each folded to its title
 * @param allQueries how many named queries there are in all, listed at {@code /queries/}
 */
public record LandingView(List<Count> counts, List<Count> kinds, List<QueryCard> queries, int allQueries, String endpoint,
                          List<DumpFile> dumps) implements View {
    /** One count: "{n} {what}", linked to where they are listed ({@code href}, or null). */
    public record Count(String what, long n, String href) {}

    public LandingView {
        counts = List.copyOf(counts);
        kinds = List.copyOf(kinds);
        queries = List.copyOf(queries);
        dumps = List.copyOf(dumps);
    }

    @Override
    public String template() {
        return "landing.jte";
    }
}
