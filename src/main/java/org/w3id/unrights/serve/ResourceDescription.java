package org.w3id.unrights.serve;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.graph.LinkCounts;
import org.w3id.unrights.rdf.RdfOutput;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;

/**
 * What the graph says about one resource, as its RDF gives it: first every quad with it as subject (its own
 * facts, each in its source's graph; on the first page only), then the quads that link to it, a page at a time: at most
 * {@link #PER_PROPERTY} links of each property to a page, the properties with fewest links first, so that a
 * state's description holds its positions and statements before its thousands of ballots, and the ballots come
 * a hundred a page ({@code ?incoming=2}, …), as DBpedia and Wikidata bound their backlinks. A page that has a next
 * one says so in its data ({@code hydra:next}) and in a {@code Link} header ({@link #next()}). Call inside a read
 * transaction.
 *
 * @param own      the resource's own quads, in the order they are written: types, then labels, then by property
 * @param incoming this page's links to the resource, grouped by property
 * @param page     the page of links, from 1
 * @param more     whether a later page holds more links
 */
record ResourceDescription(Node resource, List<Quad> own, List<Quad> incoming, int page, boolean more) {
    /** Links of one property on one page of a description. */
    static final int PER_PROPERTY = 100;
    /** The query parameter that names a page of links: {@code ?incoming=2}. */
    static final String PAGE = "incoming";

    /** Page {@code page} (from 1) of the resource's description; its links are empty past the last page. */
    static ResourceDescription of(DatasetGraph dataset, Node resource, int page) {
        // The resource's own facts are on the first page; later pages hold links alone.
        List<Quad> own = page == 1 ? ownFacts(dataset, resource) : List.of();
        Map<Node, Long> counts = LinkCounts.byProperty(dataset, resource);
        List<Node> properties = counts.keySet().stream()
                .sorted(Comparator.comparing((Node p) -> counts.get(p)).thenComparing((Node p) -> p.toString())).toList();
        List<Quad> incoming = new ArrayList<>();
        boolean more = false;
        long skip = (long) (page - 1) * PER_PROPERTY;
        for (Node property : properties) {
            List<Quad> links = new ArrayList<>();
            // The store's own order, the same at every request: a page is a slice of it, never a sort of every link.
            dataset.stream(Node.ANY, Node.ANY, property, resource).filter(q -> !q.getSubject().equals(resource))
                    .skip(skip).limit(PER_PROPERTY).forEach(links::add);
            links.sort(Comparator.comparing((Quad q) -> q.getSubject().toString()).thenComparing(q -> q.getGraph().toString()));
            incoming.addAll(links);
            more |= counts.get(property) > skip + PER_PROPERTY;
        }
        return new ResourceDescription(resource, List.copyOf(own), List.copyOf(incoming), page, more);
    }

    /**
     * The first page of the description as the resource's HTML page needs it: its own facts, and of the links to it
     * only the first, which tells that it exists when it states nothing itself. The page reads and counts the links
     * itself, a kind at a time; counting them here too read each of a state's thousands of ballots once more.
     */
    static ResourceDescription forPage(DatasetGraph dataset, Node resource) {
        List<Quad> own = ownFacts(dataset, resource);
        List<Quad> firstLink = own.isEmpty()
                ? dataset.stream(Node.ANY, Node.ANY, Node.ANY, resource).filter(q -> !q.getSubject().equals(resource)).limit(1).toList()
                : List.of();
        return new ResourceDescription(resource, own, firstLink, 1, false);
    }

    /** What the resource states, in the order a description lists it. */
    private static List<Quad> ownFacts(DatasetGraph dataset, Node resource) {
        List<Quad> own = new ArrayList<>();
        dataset.find(Node.ANY, resource, Node.ANY, Node.ANY).forEachRemaining(own::add);
        own.sort(Comparator.comparing((Quad q) -> rank(q.getPredicate())).thenComparing(q -> q.getPredicate().toString())
                .thenComparing(q -> q.getObject().toString()).thenComparing(q -> q.getGraph().toString()));
        return List.copyOf(own);
    }

    /** Whether nothing is known of the resource at all (then it is not found, whatever the page). */
    boolean isEmpty() {
        return own.isEmpty() && incoming.isEmpty() && page == 1;
    }

    /** Whether this page of links is past the last one (a page after the first with no links). */
    boolean pastTheEnd() {
        return page > 1 && incoming.isEmpty();
    }

    /** The path of the next page of links on this server, when there is one. */
    Optional<String> next() {
        return more ? Optional.of(pagePath(page + 1)) : Optional.empty();
    }

    private String pagePath(int n) {
        return org.w3id.unrights.site.Labels.href(resource) + "?" + PAGE + "=" + n;
    }

    /** The IRI of a page of the description, under the resource's own IRI, so that it resolves like the resource. */
    private Node pageIri(int n) {
        return org.apache.jena.graph.NodeFactory.createURI(resource.getURI() + "?" + PAGE + "=" + n);
    }

    /** The quads as one dataset, graphs kept (the HTML page reads the resource's own facts from it). */
    DatasetGraph quads() {
        DatasetGraph quads = DatasetGraphFactory.create();
        quads.prefixes().putAll(Prefixes.standard());
        own.forEach(quads::add);
        incoming.forEach(quads::add);
        return quads;
    }

    /** The link to the next page, as a triple of the page's own data; none on the last page. */
    private Optional<Triple> nextTriple() {
        return more ? Optional.of(Triple.create(pageIri(page), DatasetTerms.hydraNext, pageIri(page + 1))) : Optional.empty();
    }

    /**
     * Writes in the RDF format of {@code mediaType}. Turtle, N-Triples, TriG and N-Quads are streamed in the
     * order above, so the resource's own facts are the first lines; TriG and N-Quads keep each fact's graph. JSON-LD
     * and RDF/XML are written from the triples merged, the resource's node object or description first.
     */
    void write(String mediaType, OutputStream out) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        if (Lang.TURTLE.equals(lang) || Lang.NTRIPLES.equals(lang)) {
            RdfOutput.stream(out, Lang.TURTLE.equals(lang) ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES, stream -> {
                prefixes(stream);
                triples().forEach(stream::triple);
            });
        } else if (Lang.TRIG.equals(lang) || Lang.NQUADS.equals(lang)) {
            RdfOutput.stream(out, Lang.TRIG.equals(lang) ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS, stream -> {
                prefixes(stream);
                own.forEach(stream::quad);
                incoming.forEach(stream::quad);
                nextTriple().ifPresent(stream::triple);
            });
        } else {
            DatasetGraph quads = quads();
            nextTriple().ifPresent(t -> quads.getDefaultGraph().add(t));
            RdfOutput.writeDescription(mediaType, quads, merged(), resource, out);
        }
    }

    private static void prefixes(StreamRDF stream) {
        new java.util.TreeMap<>(Prefixes.standard().getNsPrefixMap()).forEach(stream::prefix);
    }

    /** Every triple once, in the order of the quads, the link to the next page last. */
    private Set<Triple> triples() {
        Set<Triple> triples = new LinkedHashSet<>();
        own.forEach(q -> triples.add(q.asTriple()));
        incoming.forEach(q -> triples.add(q.asTriple()));
        nextTriple().ifPresent(triples::add);
        return triples;
    }

    /** The same triples with the graphs merged, for the formats that hold one graph. */
    Graph merged() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        triples().forEach(graph::add);
        return graph;
    }

    /** Types first, then labels, then the other properties. */
    private static int rank(Node property) {
        return property.equals(Std.rdfType) ? 0 : property.equals(Std.rdfsLabel) || property.equals(Std.skosPrefLabel) ? 1 : 2;
    }
}
