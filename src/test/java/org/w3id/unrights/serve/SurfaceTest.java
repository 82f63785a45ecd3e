package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** What every response carries and what the server refuses, over real HTTP. */
class SurfaceTest extends ServingShippedGraph {
    static final String QUERY = "/sparql?query=" + HttpTesting.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
    /** What a leaked exception would look like: a Java package, an exception name, a source file or a stack frame. */
    static final Pattern LEAK = Pattern.compile("(java|javax|jakarta|org\\.apache|org\\.eclipse|org\\.w3id)\\.[a-z]|Exception|[a-z]Error\\b|\\.java\\b|\\tat |/work/|/home/|/tmp/");

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", QUERY, "/id/state/prk", "/queries/", "/static/site.css", "/docs/", "/dumps/", "/ontology",
                "/no/such/page", "/id/state/no-such-state")) {
            HttpResponse<String> response = http.get(path);
            assertSecurityHeaders(path, response);
        }
        assertSecurityHeaders("TRACE", http.method("TRACE", "/", "text/plain", ""));
        assertSecurityHeaders("oversized", http.post("/sparql", "application/sparql-query", "x".repeat(200_000)));
    }

    private static void assertSecurityHeaders(String what, HttpResponse<String> response) {
        var headers = response.headers();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("script-src 'self' 'unsafe"),
                what + ": " + csp);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what);
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), what);
    }

    @Test
    void varyNamesBothAcceptAndOrigin() {
        for (String path : List.of(QUERY, "/id/state/prk", "/graph/kei-2019-king-sr-engagement", "/queries/states-by-name")) {
            List<String> vary = http.get(path, "Accept", "text/turtle, application/sparql-results+json;q=0.9", "Origin", "https://example.org")
                    .headers().allValues("Vary");
            assertTrue(vary.contains("Accept") && vary.contains("Origin"), path + ": " + vary);
        }
    }

    @Test
    void traceAndWritingMethodsAreRefused() {
        for (String method : List.of("TRACE", "PUT", "DELETE", "PATCH", "PROPFIND")) {
            for (String path : List.of("/", "/sparql", "/rights/data", "/id/state/prk")) {
                HttpResponse<String> response = http.method(method, path, "text/turtle", "<urn:a> <urn:b> <urn:c> .");
                assertEquals(405, response.statusCode(), method + " " + path);
                assertFalse(response.headers().firstValue("Allow").orElse("").matches(".*(PUT|DELETE|PATCH|TRACE).*"));
                assertFalse(response.body().contains("TRACE / HTTP"), "TRACE echoes nothing");
            }
        }
        assertEquals(405, http.post("/id/state/prk", "application/x-www-form-urlencoded", "a=b").statusCode(), "POST only where queries are posted");
        assertEquals(405, http.post("/queries/states-by-name", "application/x-www-form-urlencoded", "a=b").statusCode());
    }

    @Test
    void corsAllowsReadsFromAnyOriginWithoutCredentials() {
        HttpResponse<String> get = http.get(QUERY, "Origin", "https://evil.example", "Accept", "application/sparql-results+json");
        assertEquals(200, get.statusCode());
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "not the caller's origin reflected");
        assertTrue(get.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpResponse<String> preflight = http.method("OPTIONS", "/sparql", "text/plain", "", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("GET") && methods.contains("POST") && methods.contains("OPTIONS"), methods);
        assertFalse(methods.matches(".*(PUT|DELETE|PATCH).*"), methods);
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpResponse<String> put = http.method("OPTIONS", "/rights/data", "text/plain", "", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "PUT");
        assertEquals(405, put.statusCode());
        assertTrue(put.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
        HttpResponse<String> postToAPage = http.method("OPTIONS", "/id/state/prk", "text/plain", "", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertEquals(405, postToAPage.statusCode());
    }

    @Test
    void errorsNameNoClassFileOrStackFrame() {
        List<HttpResponse<String>> errors = List.of(
                http.get("/sparql?query=" + HttpTesting.encode("SELECT * WHERE { ?s ?p }")),
                http.post("/sparql", "application/sparql-query", ""),
                http.post("/sparql", "text/plain", "SELECT * WHERE { ?s ?p ?o }"),
                http.post("/rights", "application/sparql-update", "CLEAR ALL"),
                http.get("/rights/get?graph=" + HttpTesting.encode("urn:no-such-graph")),
                http.get("/id/%E0%A4"),
                http.get("/no/such/page"),
                http.get("/queries/../../etc/passwd"),
                http.get("/dumps/../pom.xml"),
                http.get("/static/../../../../etc/passwd"),
                http.method("TRACE", "/", "text/plain", ""),
                http.get("/sparql?query=" + HttpTesting.encode("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")));
        for (HttpResponse<String> response : errors) {
            String request = response.request().method() + " " + response.request().uri();
            assertTrue(response.statusCode() >= 400, request + " answered " + response.statusCode());
            assertFalse(LEAK.matcher(response.body()).find(), request + " leaked: " + response.body());
        }
    }

    @Test
    void theServerListensOnLoopbackUnlessToldOtherwise() throws Exception {
        assertEquals("localhost", ServerSettings.defaults().host());
        ServerConnector connector = (ServerConnector) server.getJettyServer().getConnectors()[0];
        InetSocketAddress bound = (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        assertTrue(bound.getAddress().isLoopbackAddress(), bound.toString());
    }
}
