package org.w3id.unrights.serve;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A URL naming the current data or ontology version answers as its unversioned twin: {@code /dumps/{version}/…}
 * as {@code /dumps/…}, and the ontology's version IRI {@code /ontology/{version}} as {@code /ontology}. The
 * request is forwarded inside the server, so there is one servlet behind each; the server holds only its own
 * version (older ones are in the release archives the {@code release} command writes).
 */
final class VersionedPath extends HttpServlet {
    private final String target;

    /** @param target the unversioned path the request is answered by */
    VersionedPath(String target) {
        this.target = target;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (rest.isEmpty() && target.endsWith("/")) {
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        String path = target.endsWith("/") ? target + rest.substring(1) : target + rest;
        request.getRequestDispatcher(path).forward(request, response);
    }
}
