package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.serve.guard.Limits;

/**
 * The two lanes on a TDB2 store, where queries that name no broader term run on TDB2's own engine, which reads
 * its indexes without the graph the other checks watch: an expensive query there leaves the quick lane as it
 * does elsewhere, so cheap queries are answered while expensive ones run.
 */
class StoreLanesTest {
    /** Every pair of labels twice over: on TDB2's engine (rdfs:label has no narrower term), and never done within the timeout. */
    static final String LABELS_CUBED = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT (COUNT(*) AS ?n) WHERE { ?a rdfs:label ?b . ?c rdfs:label ?d . ?e rdfs:label ?f }";
    static Publication publication;
    static FusekiServer server;
    static HttpTesting http;

    @BeforeAll
    static void start() {
        publication = Fixtures.curatedStorePublication();
        // Two quick turns, each given up after 50 ms of processor time; one long turn.
        Limits lanes = Limits.defaults().withConcurrency(1, 8, Duration.ofSeconds(5)).withQuickLane(2, Duration.ofMillis(50));
        server = RightsServer.create(publication, ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(4)).withLimits(lanes)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aCheapQueryIsAnsweredWhileTwoExpensiveOnesRunOnTdb2sEngine() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> expensive = List.of(
                CompletableFuture.supplyAsync(() -> http.get("/sparql?query=" + HttpTesting.encode(LABELS_CUBED))),
                CompletableFuture.supplyAsync(() -> http.get("/sparql?query=" + HttpTesting.encode(LABELS_CUBED + " # the second"))));
        Thread.sleep(700);
        HttpResponse<String> cheap = http.get("/sparql?query=" + HttpTesting.encode(QueryLimitsTest.ORDINARY), "Accept", "text/csv");
        HttpResponse<String> page = http.get("/id/state/prk");
        assertTrue(expensive.stream().noneMatch(CompletableFuture::isDone), "answered while both expensive queries were still in the server");
        assertEquals(200, cheap.statusCode(), cheap.body());
        assertTrue(cheap.body().startsWith("n"), cheap.body());
        assertEquals(200, page.statusCode(), "a page takes a quick turn too");
        for (CompletableFuture<HttpResponse<String>> each : expensive) {
            HttpResponse<String> cut = each.get();
            assertEquals(503, cut.statusCode(), cut.body());
        }
    }
}
