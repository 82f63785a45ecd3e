package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The embedded Fuseki over real HTTP on a free port, serving the shipped data. */
class ServerTest extends ServingShippedGraph {
    static final String COUNT_STATES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + Unr.State.getURI() + "> }";
    @Test
    void pingAnswers() {
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    @Test
    void selectOverGetSeesTheStatesOfTheReferenceGraph() {
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(COUNT_STATES),
                "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(statesInData(), count(response));
        assertTrue(count(response) >= 5);
    }

    @Test
    void selectOverPostInBothStandardForms() {
        HttpResponse<String> direct = http.post("/sparql", "application/sparql-query", COUNT_STATES,
                "Accept", "application/sparql-results+json");
        HttpResponse<String> form = http.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + HttpTesting.encode(COUNT_STATES), "Accept", "application/sparql-results+json");
        assertEquals(statesInData(), count(direct));
        assertEquals(statesInData(), count(form));
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllSources() {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/ns/prov#wasDerivedFrom> ?source }";
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(query),
                "Accept", "application/sparql-results+json");
        long inSourceGraphs = Txn.calculateRead(graph.dataset(), () -> graph.dataset().stream()
                .filter(q -> q.getPredicate().getURI().equals("http://www.w3.org/ns/prov#wasDerivedFrom"))
                .map(q -> q.asTriple()).distinct().count());
        assertTrue(inSourceGraphs > 0);
        assertEquals(inSourceGraphs, count(response));
    }

    @Test
    void constructComesBackAsTurtle() {
        String query = "CONSTRUCT { ?s a <" + Unr.State.getURI() + "> } WHERE { ?s a <" + Unr.State.getURI() + "> }";
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(parsed);
        assertEquals(statesInData(), parsed.size());
        assertTrue(parsed.contains(Ids.id("state", "prk"), Std.rdfType, Unr.State));
    }

    @Test
    void updatesAreRefusedAndChangeNothing() {
        long before = quads();
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        for (String path : new String[] {"/sparql", "/rights/sparql", "/rights/update", "/rights"}) {
            HttpResponse<String> response = http.post(path, "application/sparql-update", update);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, path + " answered " + response.statusCode());
        }
        HttpResponse<String> put = http.method("PUT", "/rights/data?default", "text/turtle", "<urn:x> <urn:y> <urn:z> .");
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "PUT answered " + put.statusCode());
        HttpResponse<String> post = http.post("/rights?default", "text/turtle", "<urn:x> <urn:y> <urn:z> .");
        assertTrue(post.statusCode() >= 400 && post.statusCode() < 500, "Graph Store POST answered " + post.statusCode());
        assertEquals(before, quads());
        String ask = "ASK { <urn:x> ?p ?o }";
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(ask), "Accept", "application/sparql-results+json");
        assertTrue(response.body().contains("false"), response::body);
    }

    @Test
    void corsHeadersAreSent() {
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(COUNT_STATES),
                "Origin", "http://example.org", "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers()::toString);
    }

    @Test
    void aQueryPastTheTimeoutIsCancelled() {
        FusekiServer strict = RightsServer.create(publication,
                ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(200))).start();
        try {
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            HttpResponse<String> response = new HttpTesting(strict.getHttpPort())
                    .get("/sparql?query=" + HttpTesting.encode(heavy), "Accept", "application/sparql-results+json");
            assertFalse(response.statusCode() == 200 && response.body().contains("\"n\""), "the query ran to the end");
        } finally {
            strict.stop();
        }
    }

    private static long statesInData() {
        return Txn.calculateRead(graph.dataset(), () ->
                graph.dataset().stream(Ids.REFERENCE_GRAPH, null, Std.rdfType, Unr.State).count());
    }

    private static long quads() {
        return Txn.calculateRead(graph.dataset(), () -> graph.dataset().stream().count());
    }

    private static long count(HttpResponse<String> response) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }
}
