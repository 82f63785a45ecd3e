package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.owasp.encoder.Encode;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** Every project IRI dereferences on the local server, in each format, by Accept and by ?format=. */
class LinkedDataTest extends ServingShippedGraph {
    static final Node PRK = Ids.id("state", "prk");
    static final String PRK_PATH = "/id/state/prk";
    static final Node RESOLUTION = Ids.id("resolution", "A/C.3/69/L.28/Rev.1");
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    /** Media type → the format short name, for each RDF format on offer. */
    static final Map<String, String> RDF_FORMATS = Map.of(
            "text/turtle", "ttl", "application/ld+json", "jsonld", "application/n-triples", "nt",
            "application/rdf+xml", "rdf", "application/trig", "trig", "application/n-quads", "nq");

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
            "application/trig", "application/n-quads"})
    void eachRdfFormatByAcceptParsesAndDescribesTheResource(String mediaType) {
        HttpResponse<String> response = http.get(PRK_PATH, "Accept", mediaType);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), response.headers()::toString);
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        Graph parsed = union(parse(response.body(), mediaType));
        assertTrue(parsed.contains(PRK, Std.rdfType, Unr.State), mediaType + " lacks the type of prk");
        assertTrue(parsed.contains(PRK, Unr.isoAlpha3, NodeFactory.createLiteralString("PRK")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
            "application/trig", "application/n-quads"})
    void formatParameterGivesTheSameAsAccept(String mediaType) {
        HttpResponse<String> byParameter = http.get(PRK_PATH + "?format=" + RDF_FORMATS.get(mediaType), "Accept", BROWSER_ACCEPT);
        assertTrue(byParameter.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        HttpResponse<String> byAccept = http.get(PRK_PATH, "Accept", mediaType);
        assertTrue(isomorphic(parse(byParameter.body(), mediaType), parse(byAccept.body(), mediaType)));
    }

    @Test
    void turtleHoldsEveryFactAboutTheResource() {
        Graph parsed = union(parse(http.get(PRK_PATH, "Accept", "text/turtle").body(), "text/turtle"));
        Txn.executeRead(graph.dataset(), () -> graph.dataset().stream(Node.ANY, PRK, Node.ANY, Node.ANY)
                .forEach(q -> assertTrue(parsed.contains(q.asTriple()), "missing " + q)));
        Txn.executeRead(graph.dataset(), () -> graph.dataset().stream(Node.ANY, Node.ANY, Node.ANY, PRK).limit(20)
                .forEach(q -> assertTrue(parsed.contains(q.asTriple()), "missing incoming " + q)));
    }

    @Test
    void trigKeepsTheGraphOfEachFact() {
        DatasetGraph parsed = parse(http.get(Labels.href(RESOLUTION), "Accept", "application/trig").body(), "application/trig");
        Txn.executeRead(graph.dataset(), () -> graph.dataset().stream(Node.ANY, RESOLUTION, Node.ANY, Node.ANY)
                .forEach(q -> assertTrue(parsed.contains(q), "missing " + q)));
    }

    @Test
    void keysWithSlashesDereference() {
        assertEquals("/id/resolution/A/C.3/69/L.28/Rev.1", Labels.href(RESOLUTION));
        HttpResponse<String> response = http.get("/id/resolution/A/C.3/69/L.28/Rev.1", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(union(parse(response.body(), "text/turtle")).contains(RESOLUTION, Std.rdfType, Unr.Resolution));
    }

    @Test
    void aBrowserGetsHtmlWithLabelTypesAndFormats() {
        HttpResponse<String> response = http.get(PRK_PATH, "Accept", BROWSER_ACCEPT);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        String page = response.body();
        assertTrue(page.contains("<h1>" + Encode.forHtmlContent("Democratic People's Republic of Korea") + "</h1>"), page);
        assertTrue(page.contains(PRK.getURI()));
        assertTrue(page.contains("href=\"/id/state/prk?format=ttl\""));
        assertTrue(page.contains("Linked from"));
    }

    @Test
    void noAcceptHeaderGivesHtml() {
        HttpResponse<String> response = http.get(PRK_PATH);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    /** A fact node's page names, for its graph, the source's title and the locator that node carries there. */
    @Test
    void factsShowTheirSourceAndLocator() {
        List<Quad> located = Txn.calculateRead(graph.dataset(), () -> graph.dataset()
                .stream(Node.ANY, Node.ANY, Unr.locator, Node.ANY)
                .filter(q -> q.getSubject().getURI().startsWith(Ids.ID + "statement/")).limit(3).toList());
        assertFalse(located.isEmpty());
        for (Quad fact : located) {
            String page = http.get(Labels.href(fact.getSubject()), "Accept", "text/html").body();
            Node source = Txn.calculateRead(graph.dataset(), () ->
                    graph.dataset().stream(fact.getGraph(), fact.getSubject(), Std.provWasDerivedFrom, Node.ANY).findFirst().orElseThrow().getObject());
            String title = Txn.calculateRead(graph.dataset(), () ->
                    graph.dataset().stream(Node.ANY, source, Std.dctTitle, Node.ANY).findFirst().orElseThrow().getObject().getLiteralLexicalForm());
            assertTrue(page.contains("data-graph=\"" + fact.getGraph().getURI() + "\""), "graph block of " + fact.getSubject());
            assertTrue(page.contains(Encode.forHtmlContent(title)), "source title on " + fact.getSubject());
            assertTrue(page.contains("href=\"" + Labels.href(source) + "\""), "link to the source on " + fact.getSubject());
            assertTrue(page.contains(Encode.forHtmlContent(fact.getObject().getLiteralLexicalForm())), "locator on " + fact.getSubject());
        }
    }

    @Test
    void unknownIrisGetAHelpful404() {
        HttpResponse<String> response = http.get("/id/state/prkk", "Accept", "text/turtle");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains(Ids.ID + "state/prkk"));
        assertTrue(response.body().contains("href=\"/id/state/prk\""), "suggests the state whose key is closest");
        assertEquals(404, http.get("/id/nothing/at/all").statusCode());
    }

    @Test
    void anUnofferedFormatIs406() {
        HttpResponse<String> response = http.get(PRK_PATH, "Accept", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle"));
        assertEquals(406, http.get(PRK_PATH + "?format=docx").statusCode());
    }

    @Test
    void conceptsDereferenceToo() {
        Node concept = Ids.concept("stance", "rejects");
        HttpResponse<String> response = http.get(Labels.href(concept), "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(union(parse(response.body(), "text/turtle")).contains(concept, Std.rdfType, Std.skosConcept));
    }

    static DatasetGraph parse(String body, String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(body, lang).parse(dataset);
        return dataset;
    }

    private static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        return IsoMatcher.isomorphic(a, b);
    }

    /** Every triple of a parsed response, whether it came in the default graph or in named graphs. */
    static Graph union(DatasetGraph dataset) {
        Graph g = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
