package org.w3id.unrights.serve;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Compresses text responses for clients that ask ({@code Accept-Encoding: gzip}) with Jetty's own GzipHandler,
 * wrapped around everything the server answers. Jetty decides what is worth compressing (not images, not
 * files already gzipped such as un-rights.nt.gz, not bodies under its minimum size), adds
 * {@code Vary: Accept-Encoding}, and gives a compressed answer's ETag a suffix it strips again from
 * {@code If-None-Match}, so validators keep working.
 */
final class Compression {
    private Compression() {}

    static void around(Server server) {
        Handler inner = server.getHandler();
        GzipHandler gzip = new GzipHandler();
        // SPARQL queries come as GET and POST; Jetty compresses GET only unless told.
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(inner);
        server.setHandler(gzip);
    }
}
