package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.cli.MainProcess;
import org.w3id.unrights.cli.ServingLine;

/**
 * Queries that hold rows without a budget of their own — four sorts of a cross product at once — against a
 * server in a JVM of its own with a small heap: the one that has run longest is stopped with 422 each time the
 * heap is nearly full after a full collection, so none of them runs the heap out (an {@code OutOfMemoryError}
 * answered 500 before), and the server answers as before once they have ended, long queries included.
 */
class MemoryGuardTest {
    static final String SORTED_CROSS_PRODUCT = "SELECT ?s ?c WHERE { ?a ?b ?c . ?s ?p ?o } ORDER BY ?c";
    /** Millions of rows counted, none held: seconds of work in the long lane. */
    static final String LABEL_PAIRS = "SELECT (COUNT(*) AS ?n) WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?b . "
            + "?c <http://www.w3.org/2000/01/rdf-schema#label> ?d }";

    @Test
    void sortsOfACrossProductAreStoppedBeforeTheHeapsEnd() throws Exception {
        Process server = new ProcessBuilder(MainProcess.command(List.of("-Xmx256m"), "serve", "--memory",
                "--data", Fixtures.curatedData().toString(), "--port", "0", "--timeout", "30")).redirectErrorStream(true).start();
        try {
            HttpTesting http = new HttpTesting(ServingLine.await(server).port());
            List<CompletableFuture<HttpResponse<String>>> sorts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String query = SORTED_CROSS_PRODUCT + " # " + i;
                sorts.add(CompletableFuture.supplyAsync(() -> http.get("/sparql?query=" + HttpTesting.encode(query))));
            }
            int stoppedForMemory = 0;
            for (CompletableFuture<HttpResponse<String>> sort : sorts) {
                // Bounded: a server whose heap ran out may answer nothing at all.
                HttpResponse<String> answer = sort.get(90, TimeUnit.SECONDS);
                assertTrue(answer.statusCode() == 422 || answer.statusCode() == 503, answer.statusCode() + " " + answer.body());
                stoppedForMemory += answer.body().contains("ran short of memory") ? 1 : 0;
            }
            assertTrue(stoppedForMemory > 0, "the sorts would fill the heap long before the timeout");
            // What the sorts held is garbage now, much of it in the old generation: a long query that holds
            // little is not charged for it.
            HttpResponse<String> pairs = http.get("/sparql?query=" + HttpTesting.encode(LABEL_PAIRS), "Accept", "text/csv");
            assertEquals(200, pairs.statusCode(), pairs.body());
            HttpResponse<String> ordinary = http.get("/sparql?query=" + HttpTesting.encode(QueryLimitsTest.ORDINARY), "Accept", "text/csv");
            assertEquals(200, ordinary.statusCode(), ordinary.body());
            assertTrue(server.isAlive());
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
