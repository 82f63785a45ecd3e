package org.w3id.unrights.serve.html;

import org.owasp.encoder.Encode;

/**
 * Builds HTML with every piece of text and every attribute value escaped on the way in, so that no label,
 * literal or IRI from the data can break out of its element. Tag and attribute names are the caller's
 * constants; only {@link #raw} takes markup as is, and only for fixed strings of the code.
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** {@code <tag name="value" …>}; attributes come as name, value pairs, a null value drops the pair. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Encode.forHtmlAttribute(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    public Html text(String text) {
        out.append(Encode.forHtmlContent(text == null ? "" : text));
        return this;
    }

    /** An element holding only text. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link; targets that are neither http(s) nor a path on this server are shown as text, never as links. */
    public Html link(String href, String text, String... attributes) {
        if (!isSafeTarget(href)) {
            return text(text);
        }
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Markup written as is: for the code's own constant fragments only, never for data. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    static boolean isSafeTarget(String href) {
        return href != null && (href.startsWith("https://") || href.startsWith("http://")
                || (href.startsWith("/") && !href.startsWith("//")) || href.startsWith("#") || href.startsWith("?"));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
