package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.serve.RightsServer;
import org.w3id.unrights.serve.ServerSettings;
import org.w3id.unrights.publish.Publication;

/** The publisher's two targets agree: the TDB2 store holds exactly the in-memory graph, with the same counts, and answers every named query the same way. */
class StoresAgreeTest {
    static RightsGraph memory;
    static RightsGraph tdb2;
    static Publication memoryPublication;
    static Publication tdb2Publication;

    @BeforeAll
    static void build() {
        // The curated data: the roll calls' millions of quads would make this a benchmark, not a test.
        memoryPublication = Fixtures.curatedPublication();
        memory = memoryPublication.graph();
        tdb2Publication = Fixtures.curatedStorePublication();
        tdb2 = tdb2Publication.graph();
    }

    static Stream<NamedQuery> queries() {
        return new NamedQueries(Fixtures.QUERIES).all().stream();
    }

    @Test
    void theDatabaseHoldsTheSameQuads() {
        Txn.executeRead(memory.dataset(), () -> Txn.executeRead(tdb2.dataset(), () ->
                assertTrue(IsoMatcher.isomorphic(memory.dataset(), tdb2.dataset()))));
    }

    @Test
    void theStatisticsAreTheSame() {
        assertEquals(memoryPublication.statistics(), tdb2Publication.statistics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void namedQueriesAnswerAlike(NamedQuery query) {
        assertEquals(new QueryRunner(memory).selectAsCsv(query.text()), new QueryRunner(tdb2).selectAsCsv(query.text()));
    }

    /**
     * Through a server over the store, where a query that names no narrower class or property runs on TDB2's
     * own executor and the rest through the hierarchy, every named query answers as offline over memory.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void namedQueriesAnswerAlikeThroughAServerOverTheStore(NamedQuery query) throws Exception {
        HttpResponse<String> response = askTheStoreServer(query.text());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(new QueryRunner(memory).selectAsCsv(query.text()).strip(), response.body().strip());
    }

    private static FusekiServer storeServer;

    /** {@code query} sent to one server over the store, started at first use, its answer asked for as CSV. */
    private static synchronized HttpResponse<String> askTheStoreServer(String query) throws Exception {
        if (storeServer == null) {
            storeServer = RightsServer.create(tdb2Publication, ServerSettings.defaults().withPort(0)).start();
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + storeServer.getHttpPort()
                + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterAll
    static void stopStoreServer() {
        if (storeServer != null) {
            storeServer.stop();
        }
    }

    @Test
    void aServerOverTheDatabaseAnswersWithTheUnionDefaultGraph() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/ns/prov#wasDerivedFrom> ?o }";
        HttpResponse<String> response = askTheStoreServer(query);
        assertEquals(200, response.statusCode());
        assertEquals(new QueryRunner(memory).selectAsCsv(query).strip(), response.body().strip());
    }
}
