package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.w3id.unrights.Fixtures;
import org.w3id.unrights.cli.MainProcess;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;

/**
 * The load test of docs/OPERATIONS.md, not part of the build: {@code mvn -B -Pload test-compile exec:exec}
 * (arguments: clients, seconds, hostile clients; default 64 60 8). It runs {@code serve} on the shipped data in a
 * JVM of its own, on a free loopback port with the default settings, and sends, from {@code clients} threads of
 * this JVM (each with its own HTTP client and connections, as separate users have), a mix of what users ask:
 * every named query over {@code /sparql}, resource and list pages, and searches. The runs: the first
 * {@link #COLD_SECONDS} seconds after the server starts listening, a warm-up as long as a run (not counted), then,
 * once it has timed each named query alone and called it cheap when its median is within {@link #CHEAP_MILLIS},
 * the mix alone for {@code seconds}, and the mix while {@code hostile} more threads send the queries a public endpoint must survive
 * (SERVICE to a loopback listener, a back-reference regex over a long string, a 20 MB body, an unbounded
 * GROUP_CONCAT, a huge VALUES list). It prints and writes to target/load-test.txt the counts and latency
 * percentiles of each kind of request in each run, and exits non-zero when an ordinary request failed, a hostile
 * one succeeded, the listener was reached, or a cheap query, a page or a search took more than
 * {@link #CHEAP_P99_MILLIS} at the 99th percentile in a warm run.
 */
public final class LoadAndAttack {
    private static final String[] HOSTILE = {"service", "regex", "body", "group_concat", "values"};
    /** A named query whose median alone is within this is cheap. */
    static final long CHEAP_MILLIS = 100;
    /** The most a cheap query, a page or a search may take at the 99th percentile of a warm run. */
    static final long CHEAP_P99_MILLIS = 500;
    static final int COLD_SECONDS = 10;
    /** The folder of stores the shipped data is built into once, as serve's cache is. */
    static final Path STORES = Path.of("target/load-stores");
    static final Path SERVER_LOG = Path.of("target/load-server.log");
    /** Pages of every kind a reader opens: the landing page, lists, a state, a person, a resolution, roll calls. */
    private static final List<String> PAGES = List.of("/", "/id/state/", "/id/state/prk", "/id/state/usa", "/id/person/marzuki-darusman",
            "/id/resolution/A/RES/69/188", "/id/vote/unga-rollcall-5377", "/id/statement/?sort=date", "/queries/");
    private static final List<String> SEARCHES = List.of("/search?q=Darusman", "/search?q=rapporteur", "/search?q=Democratic%20People",
            "/search?q=commission&format=json");

    /** What a request is, for the report. */
    enum Kind {
        CHEAP_QUERY("cheap named queries"), EXPENSIVE_QUERY("expensive named queries"), PAGE("pages"), SEARCH("searches");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One request of the mix: its path (a page, a search) or its query and the query's name, and its kind. */
    private record Request(Kind kind, String path, String query, String name) {
        String label() {
            return path != null ? path : name;
        }
    }

    private final int port;
    private final List<Request> mix = new ArrayList<>();
    private final String listener;
    private final StringBuilder classification = new StringBuilder();

    private LoadAndAttack(int port, String listener) {
        this.port = port;
        this.listener = listener;
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int hostile = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        List<NamedQuery> named = new NamedQueries(Path.of("queries")).all();
        int port = MainProcess.freePort();
        Process server = serve(port);
        AtomicInteger outbound = new AtomicInteger();
        try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                while (!target.isClosed()) {
                    try (Socket s = target.accept()) {
                        outbound.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            LoadAndAttack test = new LoadAndAttack(port, "http://127.0.0.1:" + target.getLocalPort() + "/sparql");
            test.awaitListening(server);
            // The first seconds: every query is taken as cheap until it has been timed alone.
            test.mixOf(named, q -> Kind.CHEAP_QUERY);
            Run cold = test.run(clients, COLD_SECONDS, 0);
            // Warm-up, not counted, as long as a run: the JIT goes on compiling for tens of seconds under this mix (a
            // first 30 s run after 10 s of warm-up answered 192 requests a second, the next 285). Each query is timed
            // alone after it, so that it is called cheap or expensive as a warm server runs it.
            test.run(clients, seconds, 0);
            Map<String, Kind> kinds = test.timeAlone(named);
            test.mixOf(named, q -> kinds.get(q.name()));
            Run baseline = test.run(clients, seconds, 0);
            Run attacked = test.run(clients, seconds, hostile);
            boolean passed = test.report(clients, seconds, hostile, cold, baseline, attacked, outbound.get());
            server.destroy();
            server.waitFor();
            System.exit(passed ? 0 : 1);
        } finally {
            server.destroyForcibly();
        }
    }

    /**
     * The server as a user runs it, {@code serve} in a JVM of its own with the default settings (the clients stay
     * in this one, as a user's client is another process): the shipped data, built into {@link #STORES} on the
     * first run and reused after. Its output goes to {@link #SERVER_LOG}; {@code -Dload.server.jvm="…"} gives its
     * JVM options (a profiler's, say).
     */
    private static Process serve(int port) throws IOException {
        Files.createDirectories(SERVER_LOG.getParent());
        String options = System.getProperty("load.server.jvm", "").strip();
        List<String> command = MainProcess.command(options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+")), "serve",
                "--data=" + Fixtures.DATA, "--ontology=" + Fixtures.ONTOLOGY, "--queries=queries", "--store=" + STORES, "--port=" + port);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(SERVER_LOG.toFile()).start();
    }

    /**
     * Waits until the server answers a query (its ping answers during a build too; a first build of the store takes
     * a minute or so).
     */
    private void awaitListening(Process server) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited, see " + SERVER_LOG);
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query=" + HttpTesting.encode("ASK {}"))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server did not listen within 30 minutes, see " + SERVER_LOG);
    }

    /** Each named query alone, once to warm up and three times timed: cheap when its median is within {@link #CHEAP_MILLIS}. */
    private Map<String, Kind> timeAlone(List<NamedQuery> named) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        Map<String, Kind> kinds = new TreeMap<>();
        for (NamedQuery query : named) {
            long[] millis = new long[4];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                send(client, new Request(Kind.CHEAP_QUERY, null, query.text(), query.name()));
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            long[] timed = {millis[1], millis[2], millis[3]};
            Arrays.sort(timed);
            Kind kind = timed[1] <= CHEAP_MILLIS ? Kind.CHEAP_QUERY : Kind.EXPENSIVE_QUERY;
            kinds.put(query.name(), kind);
            if (kind == Kind.EXPENSIVE_QUERY) {
                classification.append(String.format("- expensive: `%s`, %d ms alone (median of 3)%n", query.name(), timed[1]));
            }
        }
        return kinds;
    }

    /** The mix every client goes through in turn: the named queries, with a page or a search after every fourth. */
    private void mixOf(List<NamedQuery> named, Function<NamedQuery, Kind> kindOf) {
        mix.clear();
        int pages = 0;
        int searches = 0;
        for (int i = 0; i < named.size(); i++) {
            mix.add(new Request(kindOf.apply(named.get(i)), null, named.get(i).text(), named.get(i).name()));
            if (i % 4 == 1) {
                mix.add(new Request(Kind.PAGE, PAGES.get(pages++ % PAGES.size()), null, null));
            } else if (i % 4 == 3) {
                mix.add(new Request(Kind.SEARCH, SEARCHES.get(searches++ % SEARCHES.size()), null, null));
            }
        }
    }

    /** One timed run: {@code clients} ordinary threads and {@code hostile} attacking ones, for {@code seconds}. */
    private Run run(int clients, int seconds, int hostile) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Run run = new Run(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int first = i * mix.size() / clients;
            threads.add(started(() -> ordinary(first, end, run)));
        }
        for (int i = 0; i < hostile; i++) {
            int first = i;
            threads.add(started(() -> attack(first, end, run)));
        }
        for (Thread t : threads) {
            t.join();
        }
        return run;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private void ordinary(int first, long end, Run run) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (int i = first; System.nanoTime() < end; i++) {
            Request request = mix.get(i % mix.size());
            long start = System.nanoTime();
            int status = send(client, request);
            run.ordinary(request, System.nanoTime() - start, status);
        }
    }

    /** The request's status: 200 only when a query's answer has its bindings; -1 when no answer came. */
    private int send(HttpClient client, Request request) {
        try {
            if (request.query() == null) {
                return client.send(HttpRequest.newBuilder(URI.create(base() + request.path())).header("Accept", "text/html,application/json")
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query=" + HttpTesting.encode(request.query())))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"bindings\"") ? -2 : response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void attack(int first, long end, Run run) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (int i = first; System.nanoTime() < end; i++) {
            String kind = HOSTILE[i % HOSTILE.length];
            int status;
            try {
                status = switch (kind) {
                    case "body" -> Integer.parseInt(RawHttp.postStatus(port, "/sparql", "application/sparql-query", "SELECT * WHERE { VALUES ?x { ",
                            20L << 20, false).split(" ")[1]);
                    case "values" -> post(client, "query=" + HttpTesting.encode(hugeValues()));
                    default -> post(client, "query=" + HttpTesting.encode(hostileQuery(kind)));
                };
            } catch (RuntimeException | IOException | InterruptedException e) {
                status = -1;
            }
            run.hostile(kind, status);
        }
    }

    private String hostileQuery(String kind) {
        return switch (kind) {
            case "service" -> "SELECT * WHERE { SERVICE <" + listener + "> { ?s ?p ?o } }";
            case "regex" -> "SELECT * WHERE { VALUES ?s { \"" + "a".repeat(5000) + "b\" } FILTER regex(?s, \"^(a+)+\\\\1$\") }";
            case "group_concat" -> "SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o . ?a ?b ?c }";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String hugeValues() {
        StringBuilder values = new StringBuilder("SELECT * WHERE { ?s ?p ?o FILTER(?s IN (");
        for (int i = 0; values.length() < 300_000; i++) {
            values.append(i == 0 ? "" : ", ").append("<urn:x:").append(i).append('>');
        }
        return values.append(")) }").toString();
    }

    private int post(HttpClient client, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base() + "/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** What one run saw: latencies and failures by kind of request, hostile answers by kind and status. */
    private static final class Run {
        final int seconds;
        final Map<Kind, Latencies> ordinary = new ConcurrentHashMap<>();
        final Map<String, Latencies> byRequest = new ConcurrentHashMap<>();
        final Map<String, Map<Integer, AtomicInteger>> hostile = new ConcurrentHashMap<>();

        Run(int seconds) {
            this.seconds = seconds;
        }

        void ordinary(Request request, long nanos, int status) {
            ordinary.computeIfAbsent(request.kind(), k -> new Latencies()).add(nanos, status);
            byRequest.computeIfAbsent(request.kind().label + ": " + request.label(), k -> new Latencies()).add(nanos, status);
        }

        /** The {@code n} requests slowest at the 95th percentile, with their percentiles. */
        String slowest(int n) {
            return byRequest.entrySet().stream()
                    .sorted(java.util.Comparator.comparingDouble((Map.Entry<String, Latencies> e) -> -e.getValue().percentile(0.95))).limit(n)
                    .map(e -> String.format("- %s: %d answered, p50 %.0f ms, p95 %.0f ms%n", e.getKey(), e.getValue().nanos.size(),
                            e.getValue().percentile(0.5), e.getValue().percentile(0.95)))
                    .collect(java.util.stream.Collectors.joining());
        }

        void hostile(String kind, int status) {
            hostile.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }

        long failures() {
            return ordinary.values().stream().mapToLong(l -> l.failures.get()).sum();
        }

        int answered() {
            return ordinary.values().stream().mapToInt(l -> l.nanos.size()).sum();
        }

        double percentile(Kind kind, double p) {
            return ordinary.getOrDefault(kind, new Latencies()).percentile(p);
        }

        boolean hostileAllRefused() {
            return hostile.values().stream().flatMap(m -> m.keySet().stream()).allMatch(status -> status >= 400);
        }
    }

    /** The latencies of one kind of request in one run, and its failures by status. */
    private static final class Latencies {
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong failures = new AtomicLong();
        final Map<Integer, AtomicInteger> failureStatuses = new ConcurrentHashMap<>();

        void add(long elapsed, int status) {
            nanos.add(elapsed);
            if (status != 200) {
                failures.incrementAndGet();
                failureStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
        }

        double percentile(double p) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }
    }

    private boolean report(int clients, int seconds, int hostile, Run cold, Run baseline, Run attacked, int outbound) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d clients, the first %d s after start, then %d s per run, %d hostile clients in the last run; loopback, default limits%n%n",
                clients, COLD_SECONDS, seconds, hostile));
        out.append("Named queries over ").append(CHEAP_MILLIS).append(" ms alone:\n").append(classification).append('\n');
        out.append("| run | requests | kind | answered | failed | per second | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|---|---|\n");
        boolean fastEnough = true;
        for (Map.Entry<String, Run> e : List.of(Map.entry("first " + COLD_SECONDS + " s", cold), Map.entry("mix alone", baseline), Map.entry("under attack", attacked))) {
            Run r = e.getValue();
            for (Kind kind : Kind.values()) {
                Latencies l = r.ordinary.get(kind);
                if (l == null) {
                    continue;
                }
                out.append(String.format("| %s | %.0f/s | %s | %d | %d %s | %.1f | %.0f | %.0f | %.0f | %.0f |%n", e.getKey(), r.answered() / (double) r.seconds,
                        kind.label, l.nanos.size(), l.failures.get(), l.failureStatuses.isEmpty() ? "" : l.failureStatuses.toString(),
                        l.nanos.size() / (double) r.seconds, l.percentile(0.50), l.percentile(0.95), l.percentile(0.99), l.percentile(1.0)));
                if (r != cold && kind != Kind.EXPENSIVE_QUERY && l.percentile(0.99) > CHEAP_P99_MILLIS) {
                    fastEnough = false;
                }
            }
        }
        out.append("\nThe slowest requests of the mix alone, at the 95th percentile:\n").append(baseline.slowest(8));
        Map<String, Map<Integer, AtomicInteger>> sorted = new TreeMap<>(attacked.hostile);
        out.append("\nhostile requests by kind, status → count: ").append(sorted).append('\n');
        out.append("connections the server made to the SERVICE target: ").append(outbound).append('\n');
        boolean passed = cold.failures() == 0 && baseline.failures() == 0 && attacked.failures() == 0 && attacked.hostileAllRefused() && outbound == 0
                && fastEnough;
        out.append(passed ? "PASSED" : "FAILED").append('\n');
        PrintStream console = System.out;
        console.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/load-test.txt"), out, StandardCharsets.UTF_8);
        return passed;
    }
}
