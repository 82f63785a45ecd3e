package org.w3id.unrights.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unrights.site.ErrorView;
import org.w3id.unrights.site.Link;
import org.w3id.unrights.site.Site;
import org.w3id.unrights.site.View;

/** How the servlets answer with a page: a view rendered in the site's layout, as UTF-8 HTML with its length. */
final class Responses {
    static final String HTML = "text/html";

    private Responses() {}

    /** The Content-Type header for a media type: text formats say they are UTF-8, binary ones say nothing more. */
    static String contentType(String mediaType) {
        return mediaType + (mediaType.startsWith("text/") ? ";charset=utf-8" : "");
    }

    static void page(HttpServletResponse response, View view) throws IOException {
        response.setContentType(contentType(HTML));
        byte[] bytes = Site.render(view).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** An error page, sent with its status. */
    static void error(HttpServletResponse response, ErrorView view) throws IOException {
        dropNegotiated(response);
        response.setStatus(view.status());
        page(response, view);
    }

    /** Takes off what content negotiation said of the representation it chose: none of it is true of an error page. */
    /** A {@code ?page=} parameter: 1 when absent, -1 when not a number (no page has that number). */
    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static void dropNegotiated(HttpServletResponse response) {
        response.setHeader("Content-Location", null);
        response.setHeader("Link", null);
    }

    /** 404 with a page that says what was missing and links to where the existing ones are listed. */
    static void notFound(HttpServletResponse response, String heading, String what, String listHref, String listName) throws IOException {
        error(response, ErrorView.notFound(heading, what, Link.to(listHref, listName)));
    }
}
