package org.w3id.unrights.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.unrights.export.ServiceDescription;
import org.w3id.unrights.graph.Once;
import org.w3id.unrights.rdf.RdfOutput;

/**
 * A GET of the SPARQL endpoint without a query answers with its SPARQL 1.1 Service Description, as the
 * Service Description recommendation asks, in Turtle (the default) or JSON-LD, N-Triples or RDF/XML by
 * {@code Accept} or {@code ?format=}. Every other request goes on to Fuseki. Written once, at the first request
 * for it (not at start-up): it cannot change while the server runs.
 */
final class ServiceDescriptionFilter implements Filter {
    static final Negotiation FORMATS = new Negotiation(
            new Negotiation.Offer(Lang.TURTLE.getHeaderString(), "ttl", "turtle"),
            new Negotiation.Offer(Lang.JSONLD.getHeaderString(), "jsonld", "json", "application/json"),
            new Negotiation.Offer(Lang.NTRIPLES.getHeaderString(), "nt", "ntriples"),
            new Negotiation.Offer(Lang.RDFXML.getHeaderString(), "rdf", "xml", "rdfxml"));

    private final Supplier<Map<String, byte[]>> written;

    ServiceDescriptionFilter(Supplier<Graph> description) {
        this.written = Once.of(() -> write(description.get()));
    }

    static ServiceDescriptionFilter of(DatasetGraph dataset) {
        return new ServiceDescriptionFilter(() -> ServiceDescription.of(dataset));
    }

    private static Map<String, byte[]> write(Graph description) {
        Map<String, byte[]> written = new LinkedHashMap<>();
        for (Negotiation.Offer offer : FORMATS.offers()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfOutput.write(offer.mediaType(), DatasetGraphFactory.wrap(description), description, out);
            written.put(offer.mediaType(), out.toByteArray());
        }
        return written;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getParameter("query") != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> mediaType = FORMATS.negotiate(request, response);
        if (mediaType.isEmpty()) {
            return;
        }
        byte[] body = written.get().get(mediaType.get());
        response.setContentType(Responses.contentType(mediaType.get()));
        response.setContentLength(body.length);
        if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(body);
        }
    }
}
