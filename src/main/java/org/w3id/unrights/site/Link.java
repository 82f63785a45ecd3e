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

    /**
     * A link to each of {@code pages} pages, {@code href} giving page {@code p}'s address; the page shown,
     * {@code current}, is text.
     */
    public static java.util.List<Link> pages(int pages, int current, java.util.function.IntFunction<String> href) {
        java.util.List<Link> links = new java.util.ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            String text = Integer.toString(p);
            links.add(p == current ? text(text) : to(href.apply(p), text));
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
