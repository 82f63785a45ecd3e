package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.vocab.Ids;

/** {@code /ontology} over real HTTP: the reference page for a browser, the ontology as Turtle on request. */
class OntologyEndpointTest extends ServingShippedGraph {

    /** This class reads the dumps: they are written once, for every class that shares the publication. */
    @BeforeAll
    static void dumpsWritten() {
        publication.dumps().awaitWritten();
    }
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @Test
    void aBrowserGetsTheReferencePage() {
        HttpResponse<String> response = http.get(OntologyServlet.PATH, "Accept", BROWSER);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), response.headers()::toString);
        assertTrue(response.headers().allValues("Vary").contains("Accept"), response.headers()::toString);
        Document page = Jsoup.parse(response.body());
        assertNotNull(page.selectFirst("section#classes article[id=Mechanism] h3 code"), "every class has an anchor by local name");
        assertEquals("unr:Mechanism", page.selectFirst("article[id=Mechanism] h3 code").text());
        assertFalse(page.select("section#alignments table tbody tr").isEmpty(), "the alignments are listed");
        assertNotNull(page.selectFirst("article[id='vocab:stance'] tr[id='stance:rejects']"), "concepts are listed with their scheme");
        for (Element anchor : page.select("main a[href^=#]")) {
            assertNotNull(page.getElementById(anchor.attr("href").substring(1)), "no target for " + anchor.attr("href"));
        }
        // The site's own header, navigation, stylesheet and footer, as on every page.
        assertNotNull(page.selectFirst("header.site nav a[href=/ontology]"));
        assertNotNull(page.selectFirst("link[rel=stylesheet][href=/static/site.css]"));
        assertNotNull(page.selectFirst("footer.site"));
    }

    @Test
    void turtleOnRequestIsTheOntologyGraph() {
        HttpResponse<String> response = http.get(OntologyServlet.PATH, "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), response.headers()::toString);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(parsed);
        Txn.executeRead(graph.dataset(), () ->
                assertTrue(graph.dataset().getGraph(Ids.ONTOLOGY_GRAPH).isIsomorphicWith(parsed), "served Turtle differs from graph/ontology"));
    }

    @Test
    void theTurtleIsTheOnePublishedFileByteForByte() {
        byte[] served = http.getBytes(OntologyServlet.PATH, "Accept", "text/turtle").body();
        byte[] dump = http.getBytes("/dumps/" + Dump.ONTOLOGY.fileName()).body();
        assertArrayEquals(dump, served, "/ontology and the dump are two different Turtle files");
    }

    @Test
    void withoutAnAcceptHeaderThePageIsServed() {
        HttpResponse<String> response = http.get(OntologyServlet.PATH);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void aFormatNotOfferedIsRefused() {
        assertEquals(406, http.get(OntologyServlet.PATH, "Accept", "application/pdf").statusCode());
    }
}
