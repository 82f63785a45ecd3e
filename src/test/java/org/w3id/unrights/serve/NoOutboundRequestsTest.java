package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No query makes the server send a request: a listener on 127.0.0.1 stands where the query points, and
 * counts every connection it gets.
 */
class NoOutboundRequestsTest extends ServingShippedGraph {
    ServerSocket listener;
    AtomicInteger connections = new AtomicInteger();
    String target;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        target = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
        Thread accepting = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket socket = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        accepting.setDaemon(true);
        accepting.start();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    @Test
    void serviceIsRefusedWithA400WhereverItStands() {
        String[] queries = {
            "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }",
            "SELECT * WHERE { ?s a ?t . OPTIONAL { SERVICE SILENT <" + target + "> { ?s ?p ?o } } }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + target + "> { ?s ?p ?o } } } }",
            "SELECT * WHERE { ?s a ?t FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }",
            "ASK { BIND(<" + target + "> AS ?endpoint) SERVICE ?endpoint { ?s ?p ?o } }",
            "select * where { service <" + target + "> { ?s ?p ?o } }",
            "SELECT * WHERE { ?s a ?t . sErViCe <" + target + "> { ?s ?p ?o } }",
        };
        for (String query : queries) {
            for (HttpResponse<String> response : new HttpResponse[] {
                    http.get("/sparql?query=" + HttpTesting.encode(query)),
                    http.post("/rights/sparql", "application/sparql-query", query),
                    http.post("/rights", "application/x-www-form-urlencoded", "query=" + HttpTesting.encode(query))}) {
                assertEquals(400, response.statusCode(), query);
                assertTrue(response.body().contains("SERVICE is not allowed"), response.body());
            }
        }
        assertNothingReachedTheListener();
    }

    @Test
    void loadAndOtherUpdatesAreRefused() {
        String load = "LOAD <" + target + ">";
        for (String path : new String[] {"/sparql", "/rights", "/rights/sparql", "/rights/update"}) {
            HttpResponse<String> direct = http.post(path, "application/sparql-update", load);
            assertEquals(400, direct.statusCode(), path + ": " + direct.body());
            assertTrue(direct.body().contains("read-only"), direct.body());
            HttpResponse<String> form = http.post(path, "application/x-www-form-urlencoded", "update=" + HttpTesting.encode(load));
            assertEquals(400, form.statusCode(), path + ": " + form.body());
        }
        assertNothingReachedTheListener();
    }

    @Test
    void fromAndFromNamedSelectLocalGraphsAndFetchNothing() {
        String query = "SELECT (COUNT(*) AS ?n) FROM <" + target + "> FROM NAMED <" + target + "> WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("n\r\n0\r\n", response.body(), "a graph the dataset does not hold is empty, not fetched");
        HttpResponse<String> protocol = http.get("/sparql?default-graph-uri=" + HttpTesting.encode(target)
                + "&named-graph-uri=" + HttpTesting.encode(target) + "&query=" + HttpTesting.encode("SELECT * WHERE { ?s ?p ?o }"), "Accept", "text/csv");
        assertEquals(200, protocol.statusCode(), protocol.body());
        assertNothingReachedTheListener();
    }

    private void assertNothingReachedTheListener() {
        // A connection the server had begun would have been accepted by now; give it a moment anyway.
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(0, connections.get(), "the server connected to " + target);
        try {
            // The listener itself works: a connection from here is counted.
            new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort()).close();
            for (int i = 0; i < 100 && connections.get() == 0; i++) {
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(1, connections.get(), "the listener counts connections");
    }
}
