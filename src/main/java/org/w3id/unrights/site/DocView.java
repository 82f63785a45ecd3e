package org.w3id.unrights.site;

/**
 * One document of {@code docs/}.
 *
 * @param body the Markdown rendered to HTML by commonmark, with any HTML in the source escaped and unsafe
 *             link targets dropped; the only markup a template takes as it is
 */
public record DocView(String title, String body) implements View {
    @Override
    public String template() {
        return "doc.jte";
    }
}
