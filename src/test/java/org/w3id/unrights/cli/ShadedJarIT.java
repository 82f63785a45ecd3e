package org.w3id.unrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.store.ContentHash;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.export.Dump;

/**
 * Runs the shaded jar as a user would. Fat jars of Jena fail quietly when their service files are not
 * merged (no Turtle parser, no SPARQL engine), so each command is run for real from the built jar, from an
 * empty folder: the default data, ontology and queries must come from inside the jar.
 */
class ShadedJarIT {
    static final Path JAR = Path.of("target/un-rights-graph.jar").toAbsolutePath();

    /** The shipped curated data without the data sets, by absolute path since every run starts in an empty folder. */
    static final String CURATED = Fixtures.curatedData().toAbsolutePath().toString();

    @TempDir
    Path dir;

    /** The working folder of every run: empty, so nothing can be read from a data/ or ontology/ beside it. */
    @TempDir
    Path empty;

    @Test
    void validateExportAndQueryRunFromTheJar() throws Exception {
        // validate reads the default data inside the jar, data sets included (the CSV reader must survive
        // shading); export and serve read the curated data only, which is all they need.
        Result validate = run("validate");
        assertEquals(0, validate.exitCode, validate.output);
        assertTrue(validate.output.contains("valid: "), validate.output);
        // The minimal fixture has 2 states; the shipped data has more, so the answer says which data was read.
        Result overridden = run("query", "--format", "csv", "--data", Path.of("src/test/resources/fixtures/minimal").toAbsolutePath().toString(),
                queryFile("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/un-rights/ontology#State> }"));
        assertEquals(0, overridden.exitCode, overridden.output);
        assertTrue(overridden.output.strip().endsWith("\n2"), overridden.output);
        Result export = run("export", "--data", CURATED, "--out", dir.toString());
        assertEquals(0, export.exitCode, export.output);
        for (Dump dump : Dump.values()) {
            assertTrue(Files.size(dir.resolve(dump.fileName())) > 0, dump.fileName());
        }
        Result query = run("query", "--data", CURATED, "--format", "csv", queryFile("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/un-rights/ontology#State> }"));
        assertEquals(0, query.exitCode, query.output);
        // The build's stage lines (standard error, merged here) come first; the answer follows them.
        assertTrue(query.output.lines().filter(l -> !FailureMessagesTest.STAGE.matcher(l).matches()).findFirst().orElse("").equals("n"),
                query.output);
    }

    @Test
    void serveAnswersPingAndSparql() throws Exception {
        Process server = serveWithDefaultStore();
        try {
            int port = ServingLine.await(server).port();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> ping = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            String query = "ASK { <https://w3id.org/un-rights/id/state/prk> a <https://w3id.org/un-rights/ontology#State> }";
            HttpResponse<String> ask = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", "application/sparql-results+json")
                            .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ask.statusCode(), ask.body());
            assertTrue(ask.body().contains("true"), ask.body());
            // The pages read their files from inside the jar: scripts, YASGUI, docs, and the dumps it exports.
            String base = "http://localhost:" + port;
            assertNotNull(Jsoup.parse(get(client, base + "/")).getElementById("yasgui"), "the landing page, from the compiled templates");
            assertTrue(get(client, base + "/static/vendor/yasgui/yasgui.min.js").length() > 100_000);
            assertNotNull(Jsoup.parse(get(client, base + "/docs/")).selectFirst("a[href='/docs/QUERYING.md']"));
            assertNotNull(Jsoup.parse(get(client, base + "/ontology")).selectFirst("header.site + main section#classes"));
            assertTrue(awaitDump(client, base + "/dumps/void.ttl").contains("void:triples"));
            assertTrue(get(client, base + "/id/state/prk?format=ttl").contains("https://w3id.org/un-rights/id/state/prk"));
            // The named queries are the packaged ones, and run.
            assertTrue(get(client, base + "/queries/dprk-mechanisms?format=csv").lines().count() > 1, "dprk-mechanisms has rows");
            try (var files = Files.list(empty)) {
                assertEquals(0, files.count(), "serving wrote nothing into the working folder");
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * A dump, once written: serve writes the dumps after it starts listening, and until a file is whole answers
     * 503 with Retry-After for it.
     */
    static String awaitDump(HttpClient client, String url) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
        while (true) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            assertEquals(503, response.statusCode(), url + ": " + response.body());
            assertTrue(response.headers().firstValue("Retry-After").isPresent(), "a dump not yet written says when to come back");
            assertTrue(System.nanoTime() < deadline, url + " was not written within ten minutes");
            Thread.sleep(500);
        }
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    private String queryFile(String text) throws IOException {
        Path file = dir.resolve("q.rq");
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void theJarCarriesTheDigestOfItsOwnDataAndOntology() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            JarEntry entry = jar.getJarEntry(Bundle.ROOT + "/" + Bundle.DIGEST);
            assertNotNull(entry, "no " + Bundle.DIGEST + " in the jar");
            try (InputStream in = jar.getInputStream(entry)) {
                // What a start of the jar names its store by, instead of reading the folders again.
                assertEquals(ContentHash.dataDigest(Path.of("data"), Path.of("ontology")),
                        new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
            }
        }
    }

    @Test
    void aSecondStartReusesTheStoreTheFirstBuilt() throws Exception {
        for (int start = 1; start <= 2; start++) {
            Process server = serveWithDefaultStore();
            try {
                String seen = ServingLine.await(server).seen();
                assertEquals(start == 1, seen.contains("Building the store"), seen);
            } finally {
                server.destroy();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        }
        try (var stores = Files.list(dir.resolve("un-rights-graph"))) {
            assertEquals(1, stores.count(), "one store, built by the first start, reused by the second");
        }
    }

    /**
     * serve with its default store, kept in this test's folder rather than the user's cache, on the curated data:
     * a store of the roll calls' millions of quads takes minutes to build.
     */
    private Process serveWithDefaultStore() throws IOException {
        ProcessBuilder serve = new ProcessBuilder(command("serve", "--data", CURATED, "--port", "0")).directory(empty.toFile()).redirectErrorStream(true);
        serve.environment().put("XDG_CACHE_HOME", dir.toString());
        return serve.start();
    }

    private record Result(int exitCode, String output) {}

    private Result run(String... args) throws Exception {
        Process p = new ProcessBuilder(command(args)).directory(empty.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), output);
    }

    private static List<String> command(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }
}
