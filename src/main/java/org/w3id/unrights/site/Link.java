package org.w3id.unrights.site;

/**
 * A link as a page shows it. Only targets on the web (http, https) or on this server become links: any
 * other target (a {@code javascript:} IRI from the data, a protocol-relative {@code //host}) leaves
 * {@link #href} null and the template shows the text alone.
 *
 * @param href      where it goes, or null to show the text without a link
 * @param text      what the reader sees
 * @param title     a tooltip (the full IRI behind a label), or null
 * @param mediaType the {@code type} hint of a link to another format, or null
 */
public record Link(String href, String text, String title, String mediaType) {
    public Link {
        href = isSafeTarget(href) ? href : null;
        text = text == null ? "" : text;
    }

    public static Link to(String href, String text) {
        return new Link(href, text, null, null);
    }

    /** A link whose tooltip is the IRI it stands for. */
    public static Link titled(String href, String text, String title) {
        return new Link(href, text, title, null);
    }

    /** How many pages on each side of the one shown a pager links to, besides the first and the last. */
    static final int PAGES_AROUND = 3;

    /**
     * A pager over {@code pages} pages, {@code href} giving page {@code p}'s address: the first and last pages and
     * those within {@link #PAGES_AROUND} of {@code current}, which is text; an ellipsis stands for each run of pages
     * left out. A vote option's ballots fill about 28,000 pages, and a link to each would make the page megabytes
     * of numbers; any page is still reached in a few steps, or by its number in the address.
     */
    public static java.util.List<Link> pages(int pages, int current, java.util.function.IntFunction<String> href) {
        int shown = Math.max(1, Math.min(pages, current));
        int from = Math.max(1, shown - PAGES_AROUND);
        int to = Math.min(pages, shown + PAGES_AROUND);
        java.util.List<Link> links = new java.util.ArrayList<>();
        // an ellipsis only where it stands for two pages or more: for one, the number is as short
        java.util.function.IntConsumer page = p -> links.add(p == shown ? text(Integer.toString(p)) : to(href.apply(p), Integer.toString(p)));
        if (from > 1) {
            page.accept(1);
        }
        if (from == 3) {
            page.accept(2);
        } else if (from > 3) {
            links.add(text("…"));
        }
        for (int p = from; p <= to; p++) {
            page.accept(p);
        }
        if (to == pages - 2) {
            page.accept(pages - 1);
        } else if (to < pages - 2) {
            links.add(text("…"));
        }
        if (to < pages) {
            page.accept(pages);
        }
        return links;
    }

    /** Text shown where a link might stand, without one. */
    public static Link text(String text) {
        return new Link(null, text, null, null);
    }

    static boolean isSafeTarget(String href) {
        return href != null && (href.startsWith("https://") || href.startsWith("http://")
                || (href.startsWith("/") && !href.startsWith("//")) || href.startsWith("#") || href.startsWith("?"));
    }
}
