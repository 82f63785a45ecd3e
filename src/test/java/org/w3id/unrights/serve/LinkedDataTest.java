package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unrights.site.Labels;
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
        Document page = Jsoup.parse(response.body());
        assertEquals("Democratic People's Republic of Korea", page.selectFirst("article.resource h1").text());
        assertEquals(PRK.getURI(), page.selectFirst("article.resource").attr("data-iri"));
        assertEquals(PRK.getURI(), page.selectFirst("p.iri code").text());
        assertEquals("/ontology#State", page.selectFirst("p.types a").attr("href"));
        Element turtle = page.selectFirst("p.formats a[href='/id/state/prk?format=ttl']");
        assertEquals("text/turtle", turtle.attr("type"));
        assertEquals(6, page.select("p.formats a").size(), "a link to each RDF format");
        assertEquals("Linked from", page.selectFirst("section.incoming h2").text());
        assertFalse(page.select("section.incoming table.links tbody tr").isEmpty());
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
            Document page = http.page(Labels.href(fact.getSubject()), "Accept", "text/html");
            Node source = Txn.calculateRead(graph.dataset(), () ->
                    graph.dataset().stream(fact.getGraph(), fact.getSubject(), Std.provWasDerivedFrom, Node.ANY).findFirst().orElseThrow().getObject());
            String title = Txn.calculateRead(graph.dataset(), () ->
                    graph.dataset().stream(Node.ANY, source, Std.dctTitle, Node.ANY).findFirst().orElseThrow().getObject().getLiteralLexicalForm());
            Element block = page.selectFirst("div.source-block[data-graph='" + fact.getGraph().getURI() + "']");
            assertNotNull(block, "graph block of " + fact.getSubject());
            Element heading = block.selectFirst("h3.source");
            assertTrue(heading.text().startsWith("According to "), heading.text());
            Element sourceLink = heading.selectFirst("a[href='" + Labels.href(source) + "']");
            assertNotNull(sourceLink, "link to the source on " + fact.getSubject());
            assertEquals(title, sourceLink.text(), "source title on " + fact.getSubject());
            assertTrue(List.of(heading.selectFirst("span.locator").text().split("; ")).contains(fact.getObject().getLiteralLexicalForm()),
                    "locator on " + fact.getSubject());
        }
    }

    @Test
    void unknownIrisGetAHelpful404() {
        HttpResponse<String> response = http.get("/id/state/prkk", "Accept", "text/turtle");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertEquals(Ids.ID + "state/prkk", page.selectFirst("section.error p code").text());
        assertEquals("/id/state/prk", page.selectFirst("ul.similar li a").attr("href"), "suggests the state whose key is closest first");
        assertEquals(404, http.get("/id/nothing/at/all").statusCode());
    }

    @Test
    void anUnofferedFormatIs406() {
        HttpResponse<String> response = http.get(PRK_PATH, "Accept", "image/png");
        assertEquals(406, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("text/turtle", page.selectFirst("ul.choices a[href='?format=ttl']").attr("type"), "links to the formats on offer");
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
