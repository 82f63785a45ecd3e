package org.w3id.unrights.serve;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.w3id.unrights.site.ErrorView;
import org.w3id.unrights.site.Link;

/**
 * Content negotiation for the pages that come in several formats: {@code ?format=} (a short name, for links
 * and for clients that cannot set headers) wins over {@code Accept}; no preference gives the first offer.
 */
final class Negotiation {
    /** One representation on offer: the short names {@code ?format=} accepts, and its media type. */
    record Offer(String mediaType, String... names) {
        String name() {
            return names[0];
        }
    }

    private final List<Offer> offers;

    Negotiation(Offer... offers) {
        this.offers = List.of(offers);
    }

    List<Offer> offers() {
        return offers;
    }

    /** The chosen offer, or empty when the client asked for something not on offer (answer 406). */
    Optional<Offer> choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return offers.stream().filter(o -> List.of(o.names()).contains(format) || o.mediaType().equals(format)).findFirst();
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        AcceptList offered = AcceptList.create(offers.stream().map(Offer::mediaType).toArray(String[]::new));
        MediaType match = AcceptList.match(new AcceptList(accept), offered);
        return match == null ? Optional.empty()
                : offers.stream().filter(o -> o.mediaType().equals(match.getContentTypeStr())).findFirst();
    }

    /**
     * The media type to answer with: marks the response as varying by Accept and, when nothing on offer
     * suits the client, answers 406 itself and returns empty.
     */
    Optional<String> negotiate(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        vary(response);
        Optional<Offer> chosen = choose(request);
        if (chosen.isEmpty()) {
            refuse(response);
        }
        return chosen.map(Offer::mediaType);
    }

    /** Says that the answer depends on Accept, so caches keep one copy per format. */
    static void vary(HttpServletResponse response) {
        response.setHeader("Vary", "Accept");
    }

    /** 406 with a page linking each format on offer. */
    void refuse(HttpServletResponse response) throws java.io.IOException {
        Responses.error(response, ErrorView.notAcceptable(links("")));
    }

    /** A link to each representation but HTML, at {@code path?format=NAME}, typed with its media type. */
    List<Link> links(String path) {
        return offers.stream().filter(o -> !o.mediaType().equals(Responses.HTML))
                .map(o -> new Link(path + "?format=" + o.name(), o.name(), null, o.mediaType())).toList();
    }
}
