package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.publish.Publisher;
import org.w3id.unrights.publish.TemporaryFolder;
import org.w3id.unrights.serve.guard.Limits;

/**
 * Property paths are bounded like every other part of a query, over real HTTP. The data: the shipped curated
 * data and an invented source of {@value #ROLL_CALLS} roll calls on which every state votes, so that the
 * issue's path {@code usa (^unr:voter/^unr:hasBallot/unr:hasBallot/unr:voter)* ?x} reads millions of triples,
 * far past the short timeout. Jena's path engine gathers what a path reaches before its first row, out of
 * sight of the timeout: without the bound, the request thread kept a core busy for minutes. The graph sits in a
 * TDB2 store, as {@code serve} keeps it, so the paths run on TDB2's own executor with the same bounds.
 */
class PathLimitsTest {
    static final int ROLL_CALLS = 20;
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** Far above timeout + 1 s on an idle machine; only catches a path that was not stopped at all. */
    static final long GENEROUS_MILLIS = TIMEOUT.toMillis() + 9_000;
    static final String PATH = "PREFIX unr: <https://w3id.org/un-rights/ontology#>\n"
            + "SELECT ?x WHERE { <https://w3id.org/un-rights/id/state/usa> (^unr:voter/(^unr:hasBallot)/unr:hasBallot/unr:voter)* ?x }";
    /**
     * The path taken two rounds at a time: Jena keeps every duplicate between the steps of a sequence,
     * so each round multiplies the nodes it holds. On this data the path alone takes a few seconds
     * unbounded (in one go, out of reach of the timeout), this one hours: a path that ran on past its cut
     * shows in the answer's delay and in the threads' CPU.
     */
    static final String PATH_TWICE = "PREFIX unr: <https://w3id.org/un-rights/ontology#>\n"
            + "SELECT ?x WHERE { <https://w3id.org/un-rights/id/state/usa> "
            + "(^unr:voter/^unr:hasBallot/unr:hasBallot/unr:voter/^unr:voter/^unr:hasBallot/unr:hasBallot/unr:voter)* ?x }";

    static Publication publication;
    static FusekiServer server;
    static HttpTesting http;

    @BeforeAll
    static void start() throws IOException {
        Path data = Fixtures.copy(Fixtures.curatedData(), TemporaryFolder.removedAtExit("un-rights-paths").resolve("data"));
        Files.writeString(data.resolve("sources/everyone-votes.yaml"), everyoneVotes(states(data)));
        // In a TDB2 store, as serve keeps it: these paths name no narrower term, so TDB2's own executor runs them.
        publication = Publisher.of(new GraphBuilder(data, Fixtures.ONTOLOGY), Progress.silent())
                .inStore(TemporaryFolder.removedAtExit("un-rights-paths-store")).orElseThrow();
        server = RightsServer.create(publication, ServerSettings.defaults().withPort(0).withQueryTimeout(TIMEOUT)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theRepeatedBallotPathIsCutAtTheTimeoutAndItsThreadStops() {
        for (String query : new String[] {PATH, PATH_TWICE}) {
            long start = System.nanoTime();
            HttpResponse<String> response = getWithin(http, query);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, response.statusCode(), response.body());
            assertFalse(response.body().contains("\"bindings\""), "no partial answer: " + response.body());
            assertTrue(millis < GENEROUS_MILLIS, "answered after " + millis + " ms");
            assertServerThreadsIdle();
        }
    }

    @Test
    void aPathPastItsStepBudgetIsRefusedWith422EvenWithALongTimeout() {
        FusekiServer own = RightsServer.create(publication, ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMinutes(5))
                .withLimits(Limits.defaults().withPathSteps(200_000))).start();
        try {
            HttpTesting client = new HttpTesting(own.getHttpPort());
            long start = System.nanoTime();
            HttpResponse<String> response = getWithin(client, PATH_TWICE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(422, response.statusCode(), response.body());
            assertTrue(response.body().contains("property path read more than 200000 triples"), response.body());
            assertFalse(response.body().contains("Exception"), response.body());
            assertTrue(millis < GENEROUS_MILLIS, "answered after " + millis + " ms");
            assertServerThreadsIdle();
        } finally {
            own.stop();
        }
    }

    @Test
    void ordinaryPathsAreAnsweredAsBefore() {
        String query = "PREFIX unr: <https://w3id.org/un-rights/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { <https://w3id.org/un-rights/id/state/usa> ^unr:voter/^unr:hasBallot ?x }";
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\r\n" + ROLL_CALLS), "every invented roll call and the shipped ones: " + response.body());
        String hierarchy = "PREFIX unr: <https://w3id.org/un-rights/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "ASK { unr:State rdfs:subClassOf+ ?super }";
        assertEquals(200, http.get("/sparql?query=" + HttpTesting.encode(hierarchy)).statusCode());
    }

    /** The query's answer, or a failure once the generous bound has passed without one. */
    private static HttpResponse<String> getWithin(HttpTesting client, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.base() + "/sparql?query=" + HttpTesting.encode(query)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofMillis(GENEROUS_MILLIS)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer within " + GENEROUS_MILLIS + " ms: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The request threads use next to no CPU once the answer is out: a path left running would keep one busy.
     * Sampled over a second, a second after the answer (the cancelled query has that long to unwind).
     */
    private static void assertServerThreadsIdle() {
        pause(1000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = serverThreadCpu(threads);
        pause(1000);
        Map<Long, Long> after = serverThreadCpu(threads);
        long busyNanos = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            busyNanos += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        assertTrue(busyNanos < 300_000_000L, "server threads used " + busyNanos / 1_000_000 + " ms of CPU in an idle second");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<Long, Long> serverThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("qtp")) {
                cpu.put(t.getId(), Math.max(0, threads.getThreadCpuTime(t.getId())));
            }
        }
        return cpu;
    }

    private static List<String> states(Path data) {
        try {
            Matcher keys = Pattern.compile("(?m)^  - key: (\\w+)$").matcher(Files.readString(data.resolve("reference/states.yaml")));
            return keys.results().map(m -> m.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An invented source: {@value #ROLL_CALLS} recorded votes, every state voting yes on each. */
    private static String everyoneVotes(List<String> states) {
        StringBuilder yaml = new StringBuilder("""
                source:
                  key: everyone-votes
                  title: Invented roll calls on which every state votes
                  authors: [robert-king]
                  publisher: kei
                  published: "2014-12-19"
                  summary: Made-up votes, for the tests of path limits.
                resolutions:
                  - key: A/RES/69/9999
                    symbol: A/RES/69/9999
                    title: Invented resolution voted on many times
                    body: un-general-assembly
                    session: 69
                    date: "2014-12-18"
                    adoption: recorded-vote
                    locator: row 0
                    certainty: stated
                votes:
                """);
        for (int i = 1; i <= ROLL_CALLS; i++) {
            yaml.append("  - key: everyone-votes-").append(i).append('\n')
                    .append("    resolution: A/RES/69/9999\n    body: un-general-assembly\n    date: \"2014-12-18\"\n")
                    .append("    \"yes\": ").append(states.size()).append("\n    \"no\": 0\n    abstain: 0\n    outcome: adopted\n    ballots:\n");
            for (String state : states) {
                yaml.append("      - { state: ").append(state).append(", option: \"yes\" }\n");
            }
            yaml.append("    locator: row ").append(i).append("\n    certainty: stated\n");
        }
        return yaml.toString();
    }
}
