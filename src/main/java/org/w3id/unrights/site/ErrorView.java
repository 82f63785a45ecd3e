package org.w3id.unrights.site;

import java.util.List;

/**
 * An error page: a missing page (404), a format not on offer (406), a request the server cannot answer.
 *
 * @param status  the HTTP status it is sent with
 * @param title   the page title
 * @param heading what went wrong, in a few words
 * @param message what was asked for and why it cannot be had
 * @param seeAlso where the things that do exist are listed; null if nowhere
 * @param choices what can be had instead (the formats on offer); may be empty
 */
public record ErrorView(int status, String title, String heading, String message, Link seeAlso, List<Link> choices) implements View {
    public ErrorView {
        choices = List.copyOf(choices);
    }

    /** 404: {@code what} is missing; those that exist are listed at {@code list}. */
    public static ErrorView notFound(String heading, String what, Link list) {
        return new ErrorView(404, "Not found", heading, what, list, List.of());
    }

    /** 406: nothing on offer suits the client; {@code offers} link to each format that is. */
    public static ErrorView notAcceptable(List<Link> offers) {
        return new ErrorView(406, "Not acceptable", "Not available in that format",
                "Not available in the format asked for. On offer (Accept, or ?format=):", null, offers);
    }

    @Override
    public String template() {
        return "error.jte";
    }
}
