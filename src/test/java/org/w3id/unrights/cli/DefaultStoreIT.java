package org.w3id.unrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user gets from {@code java -jar un-rights-graph.jar serve} on a fresh machine: the embedded default
 * data, roll calls included, built into a new store and served; then a second start that reuses it. The
 * answers are checked against the data set's README (6,202 roll calls, 869,937 ballots) and against the
 * record of the DPRK's own ballots.
 */
class DefaultStoreIT {
    private static final Pattern BUILDING = Pattern.compile("Until the graph is built, http://localhost:(\\d+)/\\$/ping answers");
    static final String ROLL_CALLS = "https://w3id.org/un-rights/graph/unga-rollcalls";
    static final String PREFIXES = "PREFIX unr: <https://w3id.org/un-rights/ontology#>\n";

    @TempDir
    Path cache;

    @TempDir
    Path empty;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theFirstStartBuildsTheWholeGraphAndTheSecondReusesIt() throws Exception {
        Started first = serve();
        try {
            assertTrue(first.output.contains("Building the store"), first.output);
            assertEquals("ping 200, landing 503 Retry-After 10", first.whileBuilding(), first.output);
            assertTrue(first.output.lines().anyMatch(l -> l.matches("load:\\s+[\\d,]+ quads in .*")), first.output);
            int port = first.port;

            // Served first, the dumps written after: the JSON-LD of 3.7 million quads takes tens of seconds.
            HttpResponse<String> early = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dumps/un-rights.jsonld")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, early.statusCode(), "a dump not yet written is not served");
            assertTrue(early.headers().firstValue("Retry-After").isPresent());
            assertTrue(org.jsoup.Jsoup.parse(get(port, "/dumps/", "text/html")).text().contains("being written"));

            assertEquals("6202", single(port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + ROLL_CALLS + "> { ?v a unr:Vote } }"));
            assertEquals("869937", single(port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + ROLL_CALLS + "> { ?b a unr:Ballot } }"));
            assertEquals("0", single(port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + ROLL_CALLS + "> { ?b unr:voter ?s } "
                    + "FILTER NOT EXISTS { GRAPH <https://w3id.org/un-rights/graph/reference> { ?s a unr:State } } }"),
                    "every ballot's state is a state of the reference tables");

            // The record's own DPRK ballot on the 2014 resolution, through the named query a user would open.
            String dprk = get(port, "/queries/dprk-ballots-on-dprk-resolutions", "text/csv");
            assertTrue(dprk.lines().anyMatch(l -> l.startsWith("2014-12-18,5377,A/RES/69/188,no,116,20,53")), dprk);

            // The record's symbol is searchable: the resolution comes first among resolutions.
            String found = get(port, "/search?q=" + URLEncoder.encode("A/RES/69/188", StandardCharsets.UTF_8) + "&format=json", "application/json");
            assertTrue(found.contains("\"iri\":\"https://w3id.org/un-rights/id/resolution/A/RES/69/188\""), found);

            // The roll call's page holds every state's ballot for its map: the record has 116 + 20 + 53 of them.
            String page = get(port, "/id/vote/unga-rollcall-5377", "text/html");
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
            assertTrue(html.select("[data-m49]").size() >= 189, () -> "ballots with M49 codes on the page: " + html.select("[data-m49]").size());
            // The data set records no absences: the legend says so rather than counting none.
            List<String> legend = html.select("section.ballots ul.legend li").eachText();
            assertTrue(legend.contains("absent: not recorded"), legend::toString);

            // The article's tally of the committee vote and the record's count of the plenary vote, side by side.
            List<String> tallies = html.select("section.tallies tr[data-counts]").eachAttr("data-counts");
            assertTrue(tallies.containsAll(List.of("111–19–55", "116–20–53")), tallies::toString);
            assertTrue(html.selectFirst("section.tallies .bodies-differ") != null, "votes of two bodies, and the page says so");
            assertTrue(html.selectFirst("section.tallies .differ") == null, "whose counts it does not compare");

            // The dumps are written once the server answers; VoID counts as the data set's README does. (The endpoint
            // answers with RDFS entailment, so a count of triples there is larger than VoID's count of stated ones.)
            Graph voidGraph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ShadedJarIT.awaitDump(client, "http://localhost:" + port + "/dumps/void.ttl"), Lang.TURTLE).parse(voidGraph);
            Node entities = NodeFactory.createURI("http://rdfs.org/ns/void#entities");
            Node classOf = NodeFactory.createURI("http://rdfs.org/ns/void#class");
            for (var expected : java.util.Map.of("Ballot", "869937").entrySet()) {
                Node type = NodeFactory.createURI("https://w3id.org/un-rights/ontology#" + expected.getKey());
                List<String> counted = voidGraph.find(Node.ANY, classOf, type).mapWith(t -> t.getSubject())
                        .toList().stream().flatMap(p -> voidGraph.find(p, entities, Node.ANY).toList().stream())
                        .map(t -> t.getObject().getLiteralLexicalForm()).toList();
                assertEquals(List.of(expected.getValue()), counted, expected.getKey());
            }
        } finally {
            first.stop();
        }

        Started second = serve();
        try {
            assertFalse(second.output.contains("Building the store"), second.output);
            assertEquals("", second.whileBuilding(), "a reused store is served at once");
            assertEquals("6202", single(second.port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + ROLL_CALLS + "> { ?v a unr:Vote } }"));
        } finally {
            second.stop();
        }
        try (var stores = Files.list(cache.resolve("un-rights-graph"))) {
            assertEquals(1, stores.count(), "one store, built by the first start, reused by the second");
        }
    }

    /**
     * @param whileBuilding what the port answered during the build: ping's status and the landing page's, with
     *                      its Retry-After; empty when no build ran
     */
    private record Started(Process process, int port, String output, String whileBuilding) {
        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** serve on the jar's own data with its default store, kept in this test's folder rather than the user's cache. */
    private Started serve() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // A longer query timeout than the default 30 s: the first count over every ballot after a start decodes 870,000
        // IRIs from TDB2's node table before its cache holds them, which takes tens of seconds on a busy 2-core machine
        // (docs/PERFORMANCE.md). This test is about what the store holds and that it is reused, not about that time.
        ProcessBuilder serve = new ProcessBuilder(java, "-jar", ShadedJarIT.JAR.toString(), "serve", "--port", "0", "--timeout", "120")
                .directory(empty.toFile()).redirectErrorStream(true);
        serve.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = serve.start();
        String[] whileBuilding = {""};
        ServingLine serving = ServingLine.await(process, line -> {
            Matcher building = BUILDING.matcher(line);
            if (building.find()) {
                // The roll calls take tens of seconds to load: the build is still under way when this is asked.
                int at = Integer.parseInt(building.group(1));
                HttpResponse<String> ping = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + at + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> landing = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + at + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                whileBuilding[0] = "ping " + ping.statusCode() + ", landing " + landing.statusCode()
                        + " Retry-After " + landing.headers().firstValue("Retry-After").orElse("none");
            }
        });
        return new Started(process, serving.port(), serving.seen(), whileBuilding[0]);
    }

    private String single(int port, String query) throws IOException, InterruptedException {
        String csv = get(port, "/sparql?query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8), "text/csv");
        List<String> rows = csv.lines().toList();
        assertEquals(2, rows.size(), csv);
        return rows.get(1).strip();
    }

    private String get(int port, String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
