package org.w3id.unrights.serve;

import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unrights.export.Release;

/**
 * The headers a resource's answer carries for crawlers and clients (RFC 8288 {@code Link}, RFC 8574
 * {@code cite-as}, RFC 9110 {@code Content-Location}): where each other format of it is ({@code alternate}), the
 * document that describes it in RDF ({@code describedby}), the IRI to cite it by, and which representation this
 * answer is.
 */
final class LinkHeaders {
    private LinkHeaders() {}

    /**
     * @param path       the resource's path on this server ({@code /id/state/prk})
     * @param iri        the resource's IRI, to cite it by
     * @param chosen     the media type of this answer
     * @param query      what else names this representation ({@code incoming=2}), or empty
     */
    static void resource(HttpServletResponse response, Negotiation formats, String path, String iri, String chosen, String query,
                         Release release) {
        String extra = query.isEmpty() ? "" : "&" + query;
        for (Negotiation.Offer offer : formats.offers()) {
            String target = path + "?format=" + offer.name() + extra;
            if (offer.mediaType().equals(chosen)) {
                response.setHeader("Content-Location", target);
            } else {
                response.addHeader("Link", "<" + target + ">; rel=\"alternate\"; type=\"" + offer.mediaType() + "\"");
            }
        }
        response.addHeader("Link", "<" + path + "?format=ttl" + extra + ">; rel=\"describedby\"; type=\"text/turtle\"");
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
