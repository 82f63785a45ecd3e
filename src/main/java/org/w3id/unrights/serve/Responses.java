package org.w3id.unrights.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unrights.serve.html.Layout;

/** How the servlets answer with a page: UTF-8 HTML with its length, and the not-found page they share. */
final class Responses {
    static final String HTML = "text/html";

    private Responses() {}

    /** The Content-Type header for a media type: text formats say they are UTF-8, binary ones say nothing more. */
    static String contentType(String mediaType) {
        return mediaType + (mediaType.startsWith("text/") ? ";charset=utf-8" : "");
    }

    static void html(HttpServletResponse response, String page) throws IOException {
        response.setContentType(HTML + ";charset=utf-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** 404 with a page that says what was missing and links to where the existing ones are listed. */
    static void notFound(HttpServletResponse response, String heading, String what, String listHref, String listName) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        html(response, Layout.page("Not found", html -> html.element("h1", heading)
                .open("p").text(what).text(" See the ").link(listHref, listName).text(".").close("p")));
    }
}
