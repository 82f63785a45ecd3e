package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;

/** Named-graph IRIs dereference too: the whole graph in RDF, or a page saying where it comes from. */
class GraphDereferencingTest extends ServingShippedGraph {
    static final String SOURCE = "kei-2019-king-sr-engagement";

    @Test
    void aSourceGraphComesBackWholeAsTurtle() {
        HttpResponse<String> response = http.get("/graph/" + SOURCE, "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Vary").contains("Accept"));
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(parsed);
        Txn.executeRead(graph.dataset(), () ->
                assertTrue(graph.dataset().getGraph(Ids.graph(SOURCE)).isIsomorphicWith(parsed)));
    }

    @Test
    void trigKeepsTheGraphName() {
        HttpResponse<String> response = http.get("/graph/reference?format=trig");
        assertEquals(200, response.statusCode());
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(response.body(), Lang.TRIG).parse(parsed);
        Node name = Ids.REFERENCE_GRAPH;
        assertTrue(parsed.containsGraph(name));
        Txn.executeRead(graph.dataset(), () ->
                assertEquals(graph.dataset().getGraph(name).size(), parsed.getGraph(name).size()));
    }

    @Test
    void aBrowserGetsAPageLinkingTheSource() {
        HttpResponse<String> response = http.get("/graph/" + SOURCE, "Accept", "text/html");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("Graph " + SOURCE, page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("main a[href='/id/source/" + SOURCE + "']"), "links the source");
        assertEquals("text/turtle", page.selectFirst("main a[href='?format=ttl']").attr("type"));
    }

    @Test
    void anUnknownGraphIsNotFound() {
        assertEquals(404, http.get("/graph/no-such-source", "Accept", "text/turtle").statusCode());
    }
}
