package org.w3id.unrights.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.WebContent;
import org.w3id.unrights.graph.Once;
import org.w3id.unrights.site.ErrorView;
import org.w3id.unrights.site.OntologyDocs;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ontology}, the address the ontology IRI names: the reference page for a browser, the ontology as
 * Turtle for {@code Accept: text/turtle}. Both are made once, at the first request, so that rendering the
 * reference does not delay the server's start.
 */
public final class OntologyServlet extends HttpServlet {
    public static final String PATH = "/ontology";

    /** What this address offers, best first: a client that accepts anything gets the page. */
    private static final AcceptList OFFERS = AcceptList.create(WebContent.contentTypeHTML, WebContent.contentTypeTurtle);

    private final transient Supplier<Map<String, byte[]>> bodies;

    public OntologyServlet(Supplier<OntologyDocs> docs) {
        this.bodies = Once.of(() -> {
            OntologyDocs made = docs.get();
            return Map.of(
                    WebContent.contentTypeHTML, made.html().getBytes(StandardCharsets.UTF_8),
                    WebContent.contentTypeTurtle, made.turtle().getBytes(StandardCharsets.UTF_8));
        });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        MediaType chosen = accept == null || accept.isBlank() ? OFFERS.first()
                : AcceptList.match(new AcceptList(accept), OFFERS);
        Negotiation.vary(response);
        if (chosen == null) {
            Responses.error(response, new ErrorView(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable", "Not available in that format",
                    "The ontology is offered as text/html (this page) and text/turtle, chosen by the Accept header.", null, List.of()));
            return;
        }
        byte[] body = bodies.get().get(chosen.getContentTypeStr());
        response.setContentType(chosen.getContentTypeStr() + "; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
