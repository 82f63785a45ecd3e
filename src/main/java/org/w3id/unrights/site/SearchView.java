package org.w3id.unrights.site;

import java.util.List;

/**
 * The search page: what was asked, and the resources found, grouped by kind (the group with the best hit
 * first), each with a one-line summary.
 *
 * @param query  the text searched for, as typed; empty before a search
 * @param found  how many resources matched in all
 * @param shown  how many of them the groups list
 * @param kinds    how many hits each kind has (within the chosen period), each a link that narrows to it
 * @param decades  how many dated hits each decade has (within the chosen kind), each a link that narrows to it
 * @param narrowed whether the hits are narrowed by kind or period
 */
public record SearchView(String query, int found, int shown, List<Group> groups, List<Facet> kinds, List<Facet> decades,
                         boolean narrowed) implements View {
    /** One value to narrow by: its name, how many hits have it, the page narrowed to it (or widened, if chosen). */
    public record Facet(String label, int n, String href, boolean chosen) {}

    /** The hits of one kind: {@code kind} as in {@code id/{kind}/}, {@code heading} in words. */
    public record Group(String kind, String heading, List<Result> results) {
        public Group {
            results = List.copyOf(results);
        }
    }

    /** One resource found: its link, its short form ({@code state/prk}), a line saying what it is, its score. */
    public record Result(Link link, String iri, String shortForm, String summary, float score) {}

    public SearchView {
        groups = List.copyOf(groups);
        kinds = List.copyOf(kinds);
        decades = List.copyOf(decades);
    }

    /** The same search as JSON. */
    public String jsonHref() {
        return "/search?format=json&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String template() {
        return "search.jte";
    }
}
