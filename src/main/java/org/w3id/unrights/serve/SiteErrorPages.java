package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.unrights.serve.guard.Refusals;
import org.w3id.unrights.site.ErrorView;
import org.w3id.unrights.site.Link;
import org.w3id.unrights.site.Site;

/**
 * Jetty's own error handling, with its page in the site's layout: a path nothing answers, a request Jetty
 * refuses before any servlet sees it. Jetty still chooses the format by {@code Accept} (HTML, JSON or plain text)
 * and sets the status; only the HTML is ours. No stack trace or cause is ever shown.
 */
final class SiteErrorPages extends ErrorHandler {
    private SiteErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
        // The origin is the servlet's Java class name, with Fuseki's 404 among them.
        setShowOrigin(false);
    }

    /** Puts the handler on the server and on its servlet context, where unmapped paths and sendError end up. */
    static void install(FusekiServer server) {
        SiteErrorPages pages = new SiteErrorPages();
        server.getJettyServer().setErrorHandler(pages);
        ServletContextHandler.getServletContextHandler(server.getServletContext()).setErrorHandler(pages);
    }

    /** What a server error says, whatever went wrong: the detail is in the log, never in the answer. */
    static final String INTERNAL = "The server could not answer this request; the error has been logged.";

    /**
     * UTF-8 whatever the client asked for, as every other page: labels and titles are not all Latin-1. A server
     * error's message (Jetty makes it of the exception, class name first) is replaced by a fixed sentence, and
     * no other message names a Java class.
     */
    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        String said = code == HttpStatus.INTERNAL_SERVER_ERROR_500 ? INTERNAL : Refusals.withoutClassNames(message);
        return super.generateAcceptableResponse(request, response, callback, contentType, List.of(StandardCharsets.UTF_8), code, said, null);
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause) throws IOException {
        String path = request.getHttpURI().getPath();
        ErrorView view = code == HttpStatus.NOT_FOUND_404
                ? ErrorView.notFound("Nothing here", "Nothing on this server answers at " + path + ".", Link.to("/", "home page, which links every part of the site"))
                : new ErrorView(code, HttpStatus.getMessage(code), HttpStatus.getMessage(code),
                        message == null || message.isBlank() ? "The server could not answer this request." : message, Link.to("/", "home page"), List.of());
        writer.write(Site.render(view));
    }
}
