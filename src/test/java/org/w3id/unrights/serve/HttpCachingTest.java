package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validators, 304s, Cache-Control and compression, over real HTTP. */
class HttpCachingTest extends ServingShippedGraph {

    /** This class reads the dumps: they are written once, for every class that shares the publication. */
    @BeforeAll
    static void dumpsWritten() {
        publication.dumps().awaitWritten();
    }
    private static final String SELECT = "/sparql?query=SELECT%20%28COUNT%28%2A%29%20AS%20%3Fn%29%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D";

    @ParameterizedTest
    @ValueSource(strings = {"/id/state/prk", "/vocab/stance/rejects", "/graph/reference", "/queries/", "/queries/states-by-name",
            "/dumps/", "/dumps/void.ttl", "/ontology", "/search?q=korea", "/id/state/", SELECT})
    void aSecondGetWithTheEtagIsNotModified(String path) {
        HttpResponse<String> first = http.get(path);
        assertEquals(200, first.statusCode(), path);
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
        assertTrue(first.headers().firstValue("Last-Modified").isPresent(), path);
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"), path);

        HttpResponse<String> second = http.get(path, "If-None-Match", etag);
        assertEquals(304, second.statusCode(), path);
        assertEquals("", second.body());
        assertEquals(etag, second.headers().firstValue("ETag").orElse(""), "a 304 names the tag it confirms");

        assertEquals(200, http.get(path, "If-None-Match", "\"not-" + etag.substring(1)).statusCode(), "another tag gets the body");
    }

    @Test
    void ifModifiedSinceTheDataChangedIsNotModified() {
        HttpResponse<String> first = http.get("/id/state/prk", "Accept", "text/turtle");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, http.get("/id/state/prk", "Accept", "text/turtle", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, http.get("/id/state/prk", "Accept", "text/turtle",
                "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode(), "a copy from before the data's last change is stale");
    }

    @Test
    void eachRepresentationHasItsOwnTag() {
        String turtle = http.get("/id/state/prk", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        String jsonld = http.get("/id/state/prk", "Accept", "application/ld+json").headers().firstValue("ETag").orElseThrow();
        String other = http.get("/id/state/kor", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(turtle, jsonld);
        assertNotEquals(turtle, other);
        assertEquals(200, http.get("/id/state/kor", "Accept", "text/turtle", "If-None-Match", turtle).statusCode(),
                "one resource's tag does not validate another");
    }

    @Test
    void queryAnswersOverUnchangingDataAreCacheable() {
        HttpResponse<String> answer = http.get(SELECT, "Accept", "application/sparql-results+json");
        assertEquals(ConditionalGet.REVALIDATE, answer.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(answer.headers().firstValue("Pragma").isPresent(), "no Pragma: no-cache beside it");
    }

    @Test
    void staticFilesAreServedByJettyWithValidators() {
        HttpResponse<String> css = http.get("/static/site.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("/static/site.css", "If-None-Match", etag).statusCode());
        assertEquals(403, http.get("/static/vendor/").statusCode(), "folders are not listed");
    }

    @Test
    void errorsCarryNoValidators() {
        HttpResponse<String> missing = http.get("/id/state/no-such-state");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.headers().firstValue("ETag").isPresent());
    }

    @Test
    void postedQueriesAreNotValidated() {
        HttpResponse<String> posted = http.post("/sparql", "application/sparql-query", "ASK { ?s ?p ?o }");
        assertEquals(200, posted.statusCode());
        assertFalse(posted.headers().firstValue("ETag").isPresent());
    }

    @Test
    void textIsCompressedOnRequestAndStillValidates() throws IOException {
        HttpResponse<byte[]> plain = http.getBytes("/id/state/prk", "Accept", "text/turtle");
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), "not compressed unless asked");
        HttpResponse<byte[]> gzipped = http.getBytes("/id/state/prk", "Accept", "text/turtle", "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(plain.body(), gunzip(gzipped.body()), "the same Turtle, compressed");
        List<String> vary = gzipped.headers().allValues("Vary");
        assertTrue(String.join(",", vary).contains("Accept-Encoding"), "Vary: " + vary);
        assertTrue(String.join(",", vary).matches("(?i).*\\bAccept\\s*(,|$).*"), "Vary keeps Accept: " + vary);

        String etag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.getBytes("/id/state/prk", "Accept", "text/turtle", "Accept-Encoding", "gzip",
                "If-None-Match", etag).statusCode(), "the compressed answer's tag validates too");
    }

    @Test
    void sparqlResultsAndPagesAreCompressed() throws IOException {
        HttpResponse<byte[]> results = http.getBytes(SELECT, "Accept", "application/sparql-results+json", "Accept-Encoding", "gzip");
        assertEquals("gzip", results.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(new String(gunzip(results.body()), java.nio.charset.StandardCharsets.UTF_8).contains("\"bindings\""));
        HttpResponse<byte[]> page = http.getBytes("/", "Accept", "text/html", "Accept-Encoding", "gzip");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
    }

    @Test
    void dumpsAreServedByJettysResourceServingWithTheDatasValidators() {
        HttpResponse<String> dump = http.get("/dumps/void.ttl");
        assertEquals(200, dump.statusCode());
        assertTrue(dump.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(http.get("/id/state/prk").headers().firstValue("Last-Modified").orElseThrow(),
                dump.headers().firstValue("Last-Modified").orElseThrow(), "the data's last change, not the file's date");
        // Ranges are Jetty's: a hand-written servlet answered the whole file.
        HttpResponse<String> part = http.get("/dumps/void.ttl", "Range", "bytes=0-9");
        assertEquals(206, part.statusCode());
        assertEquals(10, part.body().length());
        assertEquals(dump.body().substring(0, 10), part.body());
    }

    @Test
    void aGzippedDumpIsNotCompressedTwice() {
        HttpResponse<byte[]> dump = http.getBytes("/dumps/un-rights.nt.gz", "Accept-Encoding", "gzip");
        assertEquals(200, dump.statusCode());
        assertFalse(dump.headers().firstValue("Content-Encoding").isPresent());
    }

    @Test
    void applicationJsonOnAResourceIsJsonLd() {
        HttpResponse<String> response = http.get("/id/state/prk", "Accept", "application/json");
        assertEquals(200, response.statusCode());
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.JSONLD).parse(parsed);
        assertTrue(parsed.size() > 10, "the resource's triples, as JSON-LD: " + parsed.size());
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
