package org.w3id.unrights.site;

import java.util.List;

/**
 * What the one layout needs from a page: its title, the stylesheets and scripts it loads after the
 * site's own (paths under {@link #STATIC}, so nothing is fetched from elsewhere), and the other formats the
 * page's subject comes in ({@code <link rel="alternate">} in the head, for linked-data clients and crawlers).
 */
public record Frame(String title, List<String> stylesheets, List<String> scripts, List<Link> alternates) {
    /** Where the bundled stylesheets and scripts are served. */
    public static final String STATIC = "/static/";

    /** The site's links, in the header of every page. */
    public static final List<Link> NAVIGATION = List.of(
            Link.to("/#questions", "Questions"),
            Link.to("/#editor", "Query editor"),
            Link.to("/#charts", "Charts"),
            Link.to("/queries/", "Named queries"),
            Link.to("/dumps/", "Downloads"),
            Link.to("/ontology", "Ontology"),
            Link.to("/docs/", "Docs"));

    public Frame {
        stylesheets = List.copyOf(stylesheets);
        scripts = List.copyOf(scripts);
        alternates = List.copyOf(alternates);
    }

    public Frame(String title, List<String> stylesheets, List<String> scripts) {
        this(title, stylesheets, scripts, List.of());
    }

    /** The same page, its subject to be had in the formats {@code alternates} link (each with its media type). */
    public Frame withAlternates(List<Link> alternates) {
        return new Frame(title, stylesheets, scripts, alternates);
    }

    /** A page with the site's stylesheet only. */
    public static Frame of(String title) {
        return new Frame(title, List.of(), List.of());
    }
}
