package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.serve.guard.Limits;

/**
 * Every query is bounded in time and work, over real HTTP: the hostile queries of a public endpoint each get
 * an error status, the server goes back to idle, and the next ordinary query is answered. Elapsed times are
 * only held to generous bounds (the machine is shared); the CPU check reads the server threads' CPU time.
 */
class QueryLimitsTest {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Far above timeout + 1 s on an idle machine; only catches a query that was not stopped at all. */
    static final long GENEROUS_MILLIS = TIMEOUT.toMillis() + 8_000;
    static final String ORDINARY = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }";
    /** Counts a three-way cross product of the data: runs far past any timeout used here. */
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    static RightsGraph graph;
    static FusekiServer server;
    static HttpTesting http;

    @BeforeAll
    static void start() {
        graph = Fixtures.curatedGraph();
        server = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withQueryTimeout(TIMEOUT)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aBackreferenceRegexOverLongStringsIsStoppedByItsStepBudget() {
        String query = "SELECT * WHERE { VALUES ?s { \"" + "a".repeat(5000) + "b\" } FILTER regex(?s, \"^(a+)+\\\\1$\") }";
        HttpResponse<String> response = timed(() -> http.get("/sparql?query=" + HttpTesting.encode(query)));
        assertEquals(422, response.statusCode(), brief(response));
        assertTrue(response.body().contains("regular expression"), brief(response));
        assertServerIdleAndAnswering();
    }

    @Test
    void aBackreferenceRegexIsStoppedAtTheTimeoutWhenItsBudgetIsHuge() {
        Limits unlimitedRegex = new Limits(4, 16, Duration.ofSeconds(5), 1 << 20, 100_000, 100_000, 64L << 20, 1_000_000, Long.MAX_VALUE);
        FusekiServer own = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withQueryTimeout(TIMEOUT).withLimits(unlimitedRegex)).start();
        try {
            HttpTesting client = new HttpTesting(own.getHttpPort());
            String query = "SELECT * WHERE { VALUES ?s { \"" + "a".repeat(5000) + "b\" } FILTER regex(?s, \"^(a+)+\\\\1$\") }";
            HttpResponse<String> response = timed(() -> client.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "application/sparql-results+json"));
            assertEquals(503, response.statusCode(), brief(response));
            assertFalse(response.body().contains("\"bindings\""), "no partial result: " + brief(response));
            assertEquals(200, client.get("/sparql?query=" + HttpTesting.encode(ORDINARY)).statusCode());
        } finally {
            own.stop();
        }
        assertServerIdleAndAnswering();
    }

    @Test
    void aTwentyMegabyteBodyIsRefusedWith413() {
        int port = server.getHttpPort();
        long size = 20L << 20;
        String values = "SELECT * WHERE { VALUES ?x { ";
        assertTrue(timed(() -> RawHttp.postStatus(port, "/sparql", "application/sparql-query", values, size, false)).contains(" 413 "));
        assertTrue(RawHttp.postStatus(port, "/rights/query", "application/x-www-form-urlencoded", "query=", size, false).contains(" 413 "));
        assertTrue(RawHttp.postStatus(port, "/sparql", "application/sparql-query", values, size, true).contains(" 413 "), "a chunked body is counted as it comes");
        assertServerIdleAndAnswering();
    }

    @Test
    void aHugeValuesOrInListIsRefusedByTheQueryTextCap() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; list.length() < 150_000; i++) {
            list.append("<urn:x:").append(i).append("> ");
        }
        String values = "SELECT * WHERE { VALUES ?s { " + list + "} ?s ?p ?o }";
        String in = "SELECT * WHERE { ?s ?p ?o FILTER(?s IN (" + list.toString().trim().replace(" ", ", ") + ")) }";
        for (String query : new String[] {values, in}) {
            HttpResponse<String> response = timed(() -> http.post("/sparql", "application/x-www-form-urlencoded", "query=" + HttpTesting.encode(query)));
            assertEquals(413, response.statusCode(), brief(response));
            assertTrue(response.body().contains("at most 100000"), brief(response));
        }
        assertServerIdleAndAnswering();
    }

    @Test
    void anUnboundedGroupConcatIsCutWithAClearError() {
        String query = "SELECT (GROUP_CONCAT(STR(?o); separator=\",\") AS ?all) WHERE { ?s ?p ?o . ?a ?b ?c }";
        HttpResponse<String> response = timed(() -> http.get("/sparql?query=" + HttpTesting.encode(query)));
        assertEquals(422, response.statusCode(), brief(response));
        assertTrue(response.body().contains("GROUP_CONCAT would build a string longer than 100000 characters"), brief(response));
        assertServerIdleAndAnswering();
    }

    @Test
    void stringsDoubledWithConcatOrReplaceAreCut() {
        StringBuilder doubling = new StringBuilder("SELECT ?v30 WHERE { BIND(\"" + "x".repeat(100) + "\" AS ?v0) ");
        for (int i = 1; i <= 30; i++) {
            doubling.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
        }
        String concat = doubling.append("}").toString();
        String replace = "SELECT ?r WHERE { BIND(REPLACE(\"" + "y".repeat(20_000) + "\", \"y\", \"" + "z".repeat(100) + "\") AS ?r) }";
        for (String query : new String[] {concat, replace}) {
            HttpResponse<String> response = timed(() -> http.get("/sparql?query=" + HttpTesting.encode(query)));
            assertEquals(422, response.statusCode(), brief(response));
            assertTrue(response.body().contains("longer than 100000 characters"), brief(response));
        }
        String neverEvaluated = "SELECT ?s ?r WHERE { VALUES ?s { } BIND(REPLACE(\"" + "y".repeat(20_000) + "\", \"y\", \"" + "z".repeat(100) + "\") AS ?r) }";
        HttpResponse<String> empty = http.get("/sparql?query=" + HttpTesting.encode(neverEvaluated), "Accept", "text/csv");
        assertEquals(200, empty.statusCode(), "a limit met only while folding constants, for no row, is no error: " + brief(empty));
        assertEquals("s,r\r\n", empty.body());
        String fine = "SELECT ?r WHERE { BIND(REPLACE(CONCAT(\"Dprk\", \"-x\"), \"(?i)dprk\", \"DPRK\") AS ?r) FILTER regex(?r, \"^dprk\", \"i\") }";
        HttpResponse<String> ordinary = http.get("/sparql?query=" + HttpTesting.encode(fine), "Accept", "text/csv");
        assertEquals("r\r\nDPRK-x\r\n", ordinary.body(), "bounded REGEX, REPLACE and CONCAT mean what Jena's do");
    }

    @Test
    void stringsDoubledWithAnyFunctionOfTheLibraryAreCutFourAtATime() throws Exception {
        List<String> queries = new ArrayList<>();
        for (String step : new String[] {"<http://www.w3.org/2005/xpath-functions#concat>(%s, %s)", "(%s + %s)",
                "ENCODE_FOR_URI(CONCAT(%s, %s))"}) {
            StringBuilder doubling = new StringBuilder("SELECT ?v30 WHERE { BIND(\"" + "%".repeat(100) + "\" AS ?v0) ");
            for (int i = 1; i <= 30; i++) {
                String previous = "?v" + (i - 1);
                doubling.append("BIND(").append(String.format(step, previous, previous)).append(" AS ?v").append(i).append(") ");
            }
            queries.add(doubling.append("}").toString());
        }
        queries.add(queries.get(0));
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (String query : queries) {
            running.add(CompletableFuture.supplyAsync(() -> timed(() -> http.get("/sparql?query=" + HttpTesting.encode(query)))));
        }
        for (CompletableFuture<HttpResponse<String>> answer : running) {
            HttpResponse<String> response = answer.get();
            assertEquals(422, response.statusCode(), brief(response));
            assertTrue(response.body().contains("longer than 100000 characters"), brief(response));
        }
        assertServerIdleAndAnswering();
    }

    @Test
    void longStringsBuiltRowAfterRowAreCutByTheQuerysBudget() {
        String query = "SELECT ?big WHERE { ?s ?p ?o BIND(CONCAT(STR(?s), \"" + "w".repeat(1_000) + "\") AS ?big) } ORDER BY ?big LIMIT 1";
        Limits small = Limits.defaults().withBuiltChars(200_000);
        FusekiServer own = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withLimits(small)).start();
        try {
            HttpTesting client = new HttpTesting(own.getHttpPort());
            HttpResponse<String> response = client.get("/sparql?query=" + HttpTesting.encode(query));
            assertEquals(422, response.statusCode(), brief(response));
            assertTrue(response.body().contains("built more than 200000 characters of long strings"), brief(response));
        } finally {
            own.stop();
        }
        HttpResponse<String> defaults = http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "text/csv");
        assertEquals(200, defaults.statusCode(), "under the default budget the same query is answered: " + brief(defaults));
    }

    @Test
    void functionsOutsideTheLibraryAreNotLoadedAndBadCallsAreNoServerError() {
        String sprintf = "SELECT ?r WHERE { BIND(<http://jena.apache.org/ARQ/function#sprintf>(\"%0900000000d\", 1) AS ?r) }";
        String javaClass = "SELECT ?r WHERE { BIND(<java:org.apache.jena.sparql.function.library.sprintf>(\"%0900000000d\", 1) AS ?r) }";
        String badArity = "SELECT ?r WHERE { BIND(<http://www.w3.org/ns/sparql#seconds>(\"a\", \"b\") AS ?r) }";
        String badTag = "SELECT ?r WHERE { BIND(STRLANG(\"a\", \"%c\") AS ?r) }";
        for (String query : new String[] {sprintf, javaClass, badArity, badTag}) {
            HttpResponse<String> response = timed(() -> http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "text/csv"));
            assertEquals(200, response.statusCode(), query + ": " + brief(response));
            assertEquals("r\r\n\r\n", response.body(), "an error of the expression leaves ?r unbound: " + query);
        }
        assertServerIdleAndAnswering();
    }

    @Test
    void aSelectThatTimesOutMidStreamIsAnErrorNotATruncated200() {
        // Rows come out from the start, slowly (each ?c is looked for across every triple), and would go on
        // for minutes: without holding the answer, the first rows are sent with a 200 before the timeout hits.
        String query = "SELECT ?c WHERE { ?a ?b ?c . ?d ?e ?f . FILTER(?f = ?c) }";
        Limits roomy = Limits.defaults().withResultRows(Long.MAX_VALUE);
        FusekiServer own = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(1500)).withLimits(roomy)).start();
        try {
            HttpTesting client = new HttpTesting(own.getHttpPort());
            for (String accept : new String[] {"application/sparql-results+json", "text/csv", "application/sparql-results+xml"}) {
                HttpResponse<String> response = timed(() -> client.get("/sparql?query=" + HttpTesting.encode(query), "Accept", accept));
                assertEquals(503, response.statusCode(), accept + ": " + brief(response));
                assertTrue(response.body().startsWith("Error 503"), brief(response));
            }
        } finally {
            own.stop();
        }
    }

    @Test
    void resultRowsAndBytesAreCappedWithAnErrorNeverAShortAnswer() {
        Limits small = new Limits(4, 16, Duration.ofSeconds(5), 1 << 20, 100_000, 10, 4_000, 1_000_000, 10_000_000);
        FusekiServer own = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withLimits(small)).start();
        try {
            HttpTesting client = new HttpTesting(own.getHttpPort());
            HttpResponse<String> tooMany = client.get("/sparql?query=" + HttpTesting.encode("SELECT * WHERE { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(422, tooMany.statusCode(), brief(tooMany));
            assertTrue(tooMany.body().contains("more than 10 rows"), brief(tooMany));
            HttpResponse<String> limited = client.get("/sparql?query=" + HttpTesting.encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 10"), "Accept", "text/csv");
            assertEquals(200, limited.statusCode(), brief(limited));
            assertEquals(11, limited.body().split("\r\n").length, "a header and the ten rows");
            HttpResponse<String> tooLarge = client.get("/sparql?query=" + HttpTesting.encode(
                    "SELECT ?s ?big WHERE { ?s ?p ?o BIND(CONCAT(STR(?s), \"" + "w".repeat(1_000) + "\") AS ?big) } LIMIT 10"), "Accept", "text/csv");
            assertEquals(422, tooLarge.statusCode(), brief(tooLarge));
            assertTrue(tooLarge.body().contains("larger than 4000 bytes"), brief(tooLarge));
            HttpResponse<String> construct = client.get("/sparql?query=" + HttpTesting.encode("CONSTRUCT WHERE { ?s ?p ?o }"), "Accept", "text/turtle");
            assertEquals(422, construct.statusCode(), brief(construct));
        } finally {
            own.stop();
        }
    }

    @Test
    void queriesPastTheConcurrencyLimitWaitBrieflyThenGet503WithRetryAfter() throws Exception {
        // One quick turn that a query keeps for its whole run: the next query or page waits 300 ms for it, then is turned away.
        Limits one = Limits.defaults().withConcurrency(1, 1, Duration.ofMillis(300)).withQuickLane(1, Duration.ofHours(1));
        FusekiServer own = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(3)).withLimits(one)).start();
        try {
            HttpTesting client = new HttpTesting(own.getHttpPort());
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> client.get("/sparql?query=" + HttpTesting.encode(CROSS_PRODUCT)));
            Thread.sleep(700);
            HttpResponse<String> turnedAway = client.get("/sparql?query=" + HttpTesting.encode(ORDINARY));
            assertEquals(503, turnedAway.statusCode(), brief(turnedAway));
            assertTrue(turnedAway.headers().firstValue("Retry-After").isPresent(), turnedAway.headers()::toString);
            HttpResponse<String> page = client.get("/id/state/");
            assertEquals(503, page.statusCode(), "a page that reads the graph waits for a turn as a query does");
            assertTrue(page.headers().firstValue("Retry-After").isPresent(), page.headers()::toString);
            assertEquals(200, client.get("/robots.txt").statusCode(), "what does not read the graph is served meanwhile");
            assertEquals(503, running.get().statusCode(), "the slow one itself timed out");
            assertEquals(200, client.get("/sparql?query=" + HttpTesting.encode(ORDINARY)).statusCode(), "a turn is free again");
        } finally {
            own.stop();
        }
    }

    @Test
    void aCheapQueryIsAnsweredWhileExpensiveOnesHoldAndAwaitTheOneLongTurn() throws Exception {
        // Two quick turns, one long turn: both expensive queries leave the quick lane after 50 ms of processor
        // time, one to run in the long lane and one to wait there until its timeout.
        Limits lanes = Limits.defaults().withConcurrency(1, 8, Duration.ofSeconds(5)).withQuickLane(2, Duration.ofMillis(50));
        FusekiServer own = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(3)).withLimits(lanes)).start();
        try {
            HttpTesting client = new HttpTesting(own.getHttpPort());
            List<CompletableFuture<HttpResponse<String>>> expensive = List.of(
                    CompletableFuture.supplyAsync(() -> client.get("/sparql?query=" + HttpTesting.encode(CROSS_PRODUCT))),
                    CompletableFuture.supplyAsync(() -> client.get("/sparql?query=" + HttpTesting.encode(CROSS_PRODUCT + " # the second"))));
            Thread.sleep(700);
            HttpResponse<String> cheap = client.get("/sparql?query=" + HttpTesting.encode(ORDINARY), "Accept", "text/csv");
            assertEquals(200, cheap.statusCode(), brief(cheap));
            assertTrue(cheap.body().startsWith("n"), brief(cheap));
            assertTrue(expensive.stream().noneMatch(CompletableFuture::isDone), "the cheap query was answered while both expensive ones were still in the server");
            for (CompletableFuture<HttpResponse<String>> each : expensive) {
                HttpResponse<String> cut = each.get();
                assertEquals(503, cut.statusCode(), brief(cut));
                assertTrue(cut.body().contains("time limit") || cut.body().contains("timed out") || cut.body().contains("cancel"), brief(cut));
            }
            assertEquals(200, client.get("/sparql?query=" + HttpTesting.encode(ORDINARY)).statusCode(), "every turn is free again");
        } finally {
            own.stop();
        }
    }

    /** The start of a body, enough to say what went wrong without flooding the report. */
    private static String brief(HttpResponse<String> response) {
        String body = response.body();
        return body.length() <= 300 ? body : body.substring(0, 300) + "… (" + body.length() + " characters)";
    }

    private static <T> T timed(Supplier<T> request) {
        long start = System.nanoTime();
        T result = request.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < GENEROUS_MILLIS, "answered after " + millis + " ms");
        return result;
    }

    /**
     * The server's request threads use next to no CPU once the answer is out (a regex or aggregate left running
     * would keep one busy), and an ordinary query is answered.
     */
    private static void assertServerIdleAndAnswering() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = serverThreadCpu(threads);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<Long, Long> after = serverThreadCpu(threads);
        long busyNanos = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            busyNanos += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        assertTrue(busyNanos < 300_000_000L, "server threads used " + busyNanos / 1_000_000 + " ms of CPU in an idle second");
        HttpResponse<String> response = timed(() -> http.get("/sparql?query=" + HttpTesting.encode(ORDINARY), "Accept", "text/csv"));
        assertEquals(200, response.statusCode(), brief(response));
        assertNotEquals("n\r\n0\r\n", response.body());
    }

    /** CPU time of the Jetty request threads ("qtp…"), by thread id. */
    private static Map<Long, Long> serverThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("qtp")) {
                cpu.put(t.getId(), Math.max(0, threads.getThreadCpuTime(t.getId())));
            }
        }
        return cpu;
    }
}
