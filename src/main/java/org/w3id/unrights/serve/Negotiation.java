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
    /**
     * One representation on offer: the short names {@code ?format=} accepts, and its media type. A name that is
     * itself a media type is an alias {@code Accept} may ask for too (JSON-LD for {@code application/json}).
     */
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
        AcceptList offered = AcceptList.create(offers.stream()
                .flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o.mediaType()),
                        java.util.stream.Stream.of(o.names()).filter(n -> n.contains("/"))))
                .toArray(String[]::new));
        MediaType match = AcceptList.match(new AcceptList(accept), offered);
        return match == null ? Optional.empty()
                : offers.stream().filter(o -> o.mediaType().equals(match.getContentTypeStr())
                        || List.of(o.names()).contains(match.getContentTypeStr())).findFirst();
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
        } else {
            locate(request, response, chosen.get());
        }
        return chosen.map(Offer::mediaType);
    }

    /**
     * Names the representation chosen ({@code Content-Location}, RFC 9110) and links each other one
     * ({@code Link: <…>; rel="alternate"; type="…"}, RFC 8288): the same URL with its {@code ?format=}, the other
     * parameters kept. An error answer takes them off again ({@link Responses#error}).
     */
    private void locate(HttpServletRequest request, HttpServletResponse response, Offer chosen) {
        String query = request.getQueryString() == null ? "" : java.util.Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("format=")).map(p -> p + "&").collect(java.util.stream.Collectors.joining());
        String base = request.getRequestURI() + "?" + query + "format=";
        for (Offer offer : offers) {
            if (offer == chosen) {
                response.setHeader("Content-Location", base + offer.name());
            } else {
                response.addHeader("Link", "<" + base + offer.name() + ">; rel=\"alternate\"; type=\"" + offer.mediaType() + "\"");
            }
        }
    }

    /**
     * Says that the answer depends on Accept, so caches keep one copy per format. Added to what is there, never
     * in its place: compression and CORS add their own request headers to the same Vary.
     */
    static void vary(HttpServletResponse response) {
        boolean present = response.getHeaders("Vary").stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .anyMatch(v -> v.trim().equalsIgnoreCase("Accept"));
        if (!present) {
            response.addHeader("Vary", "Accept");
        }
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
