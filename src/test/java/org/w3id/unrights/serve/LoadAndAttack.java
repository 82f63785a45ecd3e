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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;

/**
 * The load test of docs/OPERATIONS.md, not part of the build: {@code mvn -B -Pload test-compile exec:exec}
 * (arguments: clients, seconds, hostile clients; default 64 60 8). It serves the shipped data on a free
 * loopback port with the default settings, then runs the named queries from {@code clients} threads for
 * {@code seconds} — once alone (the baseline), once while {@code hostile} more threads send the queries a
 * public endpoint must survive (SERVICE to a loopback listener, a back-reference regex over a long string,
 * a 20 MB body, an unbounded GROUP_CONCAT, a huge VALUES list). It prints and writes to
 * target/load-test.txt the counts and latency percentiles of both runs and their ratio, and exits non-zero
 * when an ordinary query failed, a hostile one succeeded, the listener was reached or p99 more than doubled.
 */
public final class LoadAndAttack {
    private static final String[] HOSTILE = {"service", "regex", "body", "group_concat", "values"};

    private final int port;
    private final List<String> named;
    private final String listener;
    private final AtomicInteger outbound;

    private LoadAndAttack(int port, List<String> named, String listener, AtomicInteger outbound) {
        this.port = port;
        this.named = named;
        this.listener = listener;
        this.outbound = outbound;
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int hostile = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        List<String> named = new NamedQueries(Path.of("queries")).all().stream().map(NamedQuery::text).toList();
        FusekiServer server = RightsServer.create(Fixtures.publish(Fixtures.DATA),
                ServerSettings.defaults().withPort(0)).start();
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
            LoadAndAttack test = new LoadAndAttack(server.getHttpPort(), named, "http://127.0.0.1:" + target.getLocalPort() + "/sparql", outbound);
            test.run(clients, Math.min(10, seconds), 0); // warm-up, not counted
            Run baseline = test.run(clients, seconds, 0);
            Run attacked = test.run(clients, seconds, hostile);
            boolean passed = report(clients, seconds, hostile, baseline, attacked, outbound.get());
            System.exit(passed ? 0 : 1);
        } finally {
            server.stop();
        }
    }

    /** One timed run: {@code clients} ordinary threads and {@code hostile} attacking ones, for {@code seconds}. */
    private Run run(int clients, int seconds, int hostile) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Run run = new Run();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int first = i;
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
        HttpClient client = HttpClient.newHttpClient();
        for (int i = first; System.nanoTime() < end; i++) {
            String query = named.get(i % named.size());
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query=" + HttpTesting.encode(query)))
                        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                run.ordinary(System.nanoTime() - start, response.statusCode() == 200 && response.body().contains("\"bindings\""), response.statusCode());
            } catch (IOException | InterruptedException e) {
                run.ordinary(System.nanoTime() - start, false, -1);
            }
        }
    }

    private void attack(int first, long end, Run run) {
        HttpClient client = HttpClient.newHttpClient();
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

    /** What one run saw: ordinary latencies and failures, hostile answers by kind and status. */
    private static final class Run {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong failures = new AtomicLong();
        final Map<Integer, AtomicInteger> failureStatuses = new ConcurrentHashMap<>();
        final Map<String, Map<Integer, AtomicInteger>> hostile = new ConcurrentHashMap<>();

        void ordinary(long nanos, boolean ok, int status) {
            latencies.add(nanos);
            if (!ok) {
                failures.incrementAndGet();
                failureStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
        }

        void hostile(String kind, int status) {
            hostile.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }

        double percentile(double p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }

        boolean hostileAllRefused() {
            return hostile.values().stream().flatMap(m -> m.keySet().stream()).allMatch(status -> status >= 400);
        }
    }

    private static boolean report(int clients, int seconds, int hostile, Run baseline, Run attacked, int outbound) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d ordinary clients, %d s per run, %d hostile clients in the second run; loopback, default limits%n%n",
                clients, seconds, hostile));
        out.append("| run | ordinary queries | failed | per second | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Run> e : List.of(Map.entry("baseline", baseline), Map.entry("under attack", attacked))) {
            Run r = e.getValue();
            out.append(String.format("| %s | %d | %d %s | %.0f | %.0f | %.0f | %.0f | %.0f |%n", e.getKey(), r.latencies.size(), r.failures.get(),
                    r.failureStatuses.isEmpty() ? "" : r.failureStatuses.toString(), r.latencies.size() / (double) seconds,
                    r.percentile(0.50), r.percentile(0.95), r.percentile(0.99), r.percentile(1.0)));
        }
        double ratio = attacked.percentile(0.99) / baseline.percentile(0.99);
        out.append(String.format("%np99 under attack / baseline p99: %.2f%n", ratio));
        out.append(String.format("p50 under attack / baseline p50: %.2f%n", attacked.percentile(0.50) / baseline.percentile(0.50)));
        out.append(String.format("throughput under attack / baseline: %.2f%n", attacked.latencies.size() / (double) baseline.latencies.size()));
        Map<String, Map<Integer, AtomicInteger>> sorted = new TreeMap<>(attacked.hostile);
        out.append("hostile requests by kind, status → count: ").append(sorted).append('\n');
        out.append("connections the server made to the SERVICE target: ").append(outbound).append('\n');
        boolean passed = baseline.failures.get() == 0 && attacked.failures.get() == 0 && attacked.hostileAllRefused() && outbound == 0 && ratio <= 2.0;
        out.append(passed ? "PASSED" : "FAILED").append('\n');
        PrintStream console = System.out;
        console.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/load-test.txt"), out, StandardCharsets.UTF_8);
        return passed;
    }
}
