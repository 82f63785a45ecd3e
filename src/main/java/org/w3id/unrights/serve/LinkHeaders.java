package org.w3id.unrights.serve;

import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unrights.export.Release;

/**
 * The {@code Link} headers (RFC 8288) a resource's answer carries beside those of content negotiation (each other
 * format, {@code Content-Location}: {@link Negotiation}): the document that describes it in RDF
 * ({@code describedby}), the IRI to cite it by with the data version (RFC 8574 {@code cite-as}), and the next page
 * of the links to it.
 */
final class LinkHeaders {
    private LinkHeaders() {}

    /**
     * @param path the resource's path on this server ({@code /id/state/prk})
     * @param iri  the resource's IRI, to cite it by
     */
    static void resource(HttpServletResponse response, String path, String iri, Release release) {
        response.addHeader("Link", "<" + path + "?format=ttl>; rel=\"describedby\"; type=\"text/turtle\"");
        response.addHeader("Link", "<" + iri + ">; rel=\"cite-as\"; title=\"" + citation(release) + "\"");
    }

    /** What a citation of a resource names beside its IRI: the graph and its data version. */
    static String citation(Release release) {
        return "UN Rights Graph, data version " + release.version() + " (" + release.date() + ")";
    }

    /** {@code Link: <next>; rel="next"}: the next page of a resource's links. */
    static void next(HttpServletResponse response, String next) {
        response.addHeader("Link", "<" + next + ">; rel=\"next\"");
    }
}
