package org.w3id.unrights.site;

import java.util.List;

/**
 * What the one layout needs from a page: its title, and the stylesheets and scripts it loads after the
 * site's own (paths under {@link #STATIC}, so nothing is fetched from elsewhere).
 */
public record Frame(String title, List<String> stylesheets, List<String> scripts) {
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
    }

    /** A page with the site's stylesheet only. */
    public static Frame of(String title) {
        return new Frame(title, List.of(), List.of());
    }
}
