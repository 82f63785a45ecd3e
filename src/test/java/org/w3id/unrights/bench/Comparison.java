package org.w3id.unrights.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.unrights.cli.MainProcess;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;

/**
 * Our build and server beside stock engines, on the same data, in one run: see docs/PERFORMANCE.md.
 * For each factor of {@link RollCallCopies}: our build into TDB2 against {@code tdb2.tdbloader}; our in-memory
 * build (at ×1 only: it is the path for small data) against {@code riot --count}; then our server, stock
 * Fuseki (over the tdbloader database, union default graph) and Virtuoso 7 (when installed), one at a time
 * on 127.0.0.1: start-up to first answer, each named query's latency, throughput at 1, 8 and 32 clients, the
 * load test's 64 clients over the named queries with the percentiles of the cheap ones and the others, peak heap
 * and peak resident memory.
 * Everything is bounded: at most {@link #RUNS} runs or {@link #QUERY_BUDGET} per query, {@link #LOAD_TIME}
 * per load level. Writes {@code results.md} and {@code results.tsv} into the work folder.
 * <p>
 * Arguments: WORK_DIR TOOLS_DIR PORT FACTOR... (run by {@code mvn -B -Pcompare -DskipTests package exec:exec@compare}).
 */
public final class Comparison {
    static final int RUNS = 10;
    static final Duration QUERY_BUDGET = Duration.ofSeconds(6);
    /** Rounds of every named query posted to a stand-in endpoint before the first server is measured ({@link #warmClient}). */
    static final int CLIENT_WARM_ROUNDS = 40;
    static final Duration LOAD_TIME = Duration.ofSeconds(8);
    static final int[] CLIENTS = {1, 8, 32};
    /**
     * The load test's size (docs/OPERATIONS.md), here over the named queries alone, the part of its mix every engine
     * can answer: {@code -Dcompare.load.seconds} (0 leaves it out).
     */
    static final int LOAD_CLIENTS = 64;
    static final int LOAD_SECONDS = Integer.getInteger("compare.load.seconds", 60);
    /** A named query whose median on our server is within this is cheap, as in the load test. */
    static final double CHEAP_MILLIS = 100;
    static final String HEAP = "-Xmx2g";
    static final String PROBE = "ASK { ?s ?p ?o }";
    /**
     * Starts of each server on its built store, its start-up the median of them: one start moves by a tenth with the
     * machine (3.4–3.8 s in five starts of one server). The last start is the server the queries are sent to.
     */
    static final int STARTS = 3;

    private final Path work;
    private final Path jenaLib;
    private final Path fusekiJar;
    private final int port;
    private final List<NamedQuery> queries = new NamedQueries(Path.of("queries")).all();
    /** Shapes of query a user writes first on this data, beside the named queries: {@code src/test/resources/bench/shapes/}. */
    private final Map<String, String> shapes = shapes(Path.of("src/test/resources/bench/shapes"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringBuilder report = new StringBuilder();
    private final List<String> tsv = new ArrayList<>();

    private Comparison(Path work, Path tools, int port) throws IOException {
        this.work = work;
        this.port = port;
        try (Stream<Path> found = Files.list(tools)) {
            List<Path> entries = found.toList();
            this.jenaLib = entries.stream().filter(p -> p.getFileName().toString().startsWith("apache-jena-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no apache-jena-* in " + tools)).resolve("lib");
            this.fusekiJar = entries.stream().filter(p -> p.getFileName().toString().startsWith("jena-fuseki-server")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jena-fuseki-server jar in " + tools));
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Files.createDirectories(work);
        Comparison comparison = new Comparison(work, Path.of(args[1]), Integer.parseInt(args[2]));
        int[] factors = Arrays.stream(String.join(" ", Arrays.copyOfRange(args, 3, args.length)).trim().split("[\\s,]+"))
                .mapToInt(Integer::parseInt).toArray();
        comparison.header(factors);
        for (int factor : factors) {
            comparison.run(factor);
            // Written after each factor, so that a run stopped during a long factor keeps the ones before.
            Files.writeString(work.resolve("results.md"), comparison.report);
            Files.write(work.resolve("results.tsv"), comparison.tsv);
        }
        comparison.growth(factors);
        Files.writeString(work.resolve("results.md"), comparison.report);
        System.out.println(comparison.report);
    }

    private void header(int[] factors) {
        report.append("# Comparison run ").append(java.time.Instant.now()).append("\n\n")
                .append("Factors: ").append(Arrays.toString(factors)).append("; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors; every JVM ").append(HEAP).append(".\n\n");
        tsv.add("factor\tsubject\tmeasure\tvalue");
    }

    /**
     * {@code -Dcompare.scope=build-and-start}: the builds and each server's start-up only, without the named queries'
     * latencies and throughput (minutes at ×1, an hour at ×10).
     */
    private static final boolean BUILD_AND_START = "build-and-start".equals(System.getProperty("compare.scope"));

    /** The publisher's summary of its load stage. */
    private static final Pattern LOAD_LINE = Pattern.compile("load:\\s+([\\d,]+) quads in ([\\d.]+) s");

    private void run(int factor) throws Exception {
        Path dir = work.resolve("x" + factor);
        Tdb2StoreDirs.delete(dir);
        Files.createDirectories(dir);
        report.append("## ×").append(factor).append("\n\n");

        // Our build into a store (then serving it), and the N-Quads of exactly what it holds, from its TriG dump and
        // the dump of the values computed at build (graph/computed, which five named queries read; about two thousand four hundred quads).
        Path stores = dir.resolve("stores");
        Child ours = Child.start(dir.resolve("ours-build"), ourCommand("store", factor, stores));
        Map<String, String> built = ours.awaitKeys("dumps_ms", Duration.ofMinutes(60));
        String loadLine = ours.errLine(LOAD_LINE);
        ours.stop();
        Path trig = Tdb2StoreDirs.dumps(stores).resolve("un-rights.trig");
        Path nquads = dir.resolve("un-rights.nq");
        try (OutputStream out = Files.newOutputStream(nquads)) {
            var writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            RDFParser.source(trig).lang(Lang.TRIG).parse(writer);
            RDFParser.source(trig.resolveSibling(Dump.COMPUTED.fileName())).lang(Lang.TRIG).parse(writer);
            writer.finish();
        }
        long quads = Files.lines(nquads).count();
        Matcher load = LOAD_LINE.matcher(loadLine);
        double ourLoadSeconds = load.find() ? Double.parseDouble(load.group(2)) : Double.NaN;
        double ourBuildSeconds = Long.parseLong(built.get("build_ms")) / 1000.0;
        double ourFirstAnswerSeconds = Long.parseLong(built.get("serving_ms")) / 1000.0;
        double ourPublicationSeconds = Long.parseLong(built.get("dumps_ms")) / 1000.0;
        record("x" + factor, "data", "quads", quads);

        // tdb2.tdbloader (default, phased) on the same quads.
        Path tdbloaderDb = dir.resolve("tdbloader-db");
        Load stock = tdbloader(dir.resolve("tdbloader"), tdbloaderDb, nquads);
        double tdbloaderSeconds = stock.seconds();
        // And on the TriG dump itself, the file a user downloads (slower to parse than N-Quads); its database is not served.
        // Only with room for a second database beside the first (at ×10, 14 GB more), so that a full disk cannot end the run.
        long dbBytes = Tdb2StoreDirs.size(tdbloaderDb);
        boolean roomForTrig = Files.getFileStore(dir).getUsableSpace() > 2 * dbBytes;
        double tdbloaderTrigSeconds = roomForTrig
                ? tdbloader(dir.resolve("tdbloader-trig"), dir.resolve("tdbloader-trig-db"), trig).seconds() : Double.NaN;
        Tdb2StoreDirs.delete(dir.resolve("tdbloader-trig-db"));
        // Ours again after tdbloader's, to its first answer, so that running first (on the coldest caches) is not
        // what decides the ratio; only where a build takes a minute or two.
        double againFirstAnswerSeconds = Double.NaN;
        double againLoadSeconds = Double.NaN;
        if (factor == 1) {
            Path againStores = dir.resolve("stores-again");
            Child again = Child.start(dir.resolve("ours-build-again"), ourCommand("store", factor, againStores));
            againFirstAnswerSeconds = Long.parseLong(again.awaitKeys("serving_ms", Duration.ofMinutes(60)).get("serving_ms")) / 1000.0;
            Matcher againLoad = LOAD_LINE.matcher(again.errLine(LOAD_LINE));
            againLoadSeconds = againLoad.find() ? Double.parseDouble(againLoad.group(2)) : Double.NaN;
            again.stop();
            Tdb2StoreDirs.delete(againStores);
        }

        // Our in-memory build (at ×1: `serve --memory` is for small data, and a longer record would not fit the
        // heap every process here gets), and riot --count (parse only) on the same quads.
        Child memory = factor == 1 ? Child.start(dir.resolve("ours-memory"), ourCommand("memory", factor, null)) : null;
        double memorySeconds = Double.NaN;
        if (memory != null) {
            memory.awaitExit(Duration.ofMinutes(60));
            memorySeconds = Long.parseLong(memory.keys().get("build_ms")) / 1000.0;
        }
        Child riot = Child.start(dir.resolve("riot"), jena("riotcmd.riot", "--time", "--count", nquads.toString()));
        riot.awaitExit(Duration.ofMinutes(30));
        Matcher riotTime = Pattern.compile("([\\d.]+) sec").matcher(riot.output());
        double riotSeconds = riotTime.find() ? Double.parseDouble(riotTime.group(1)) : Double.NaN;

        report.append("| build | seconds | quads/s | ratio to stock |\n|---|---|---|---|\n");
        buildRow("ours into TDB2, to the first answer (YAML, SHACL, load, counts, index, listening)", ourFirstAnswerSeconds, quads, tdbloaderSeconds);
        buildRow("ours into TDB2, the whole publication (the above, then every dump)", ourPublicationSeconds, quads, tdbloaderSeconds);
        buildRow("ours into TDB2, the store alone (YAML, SHACL, load, counts, index)", ourBuildSeconds, quads, tdbloaderSeconds);
        buildRow("ours into TDB2, load step alone", ourLoadSeconds, quads, tdbloaderSeconds);
        if (!Double.isNaN(againFirstAnswerSeconds)) {
            buildRow("ours into TDB2 again, after tdbloader's runs, to the first answer", againFirstAnswerSeconds, quads, tdbloaderSeconds);
            buildRow("ours into TDB2 again, load step alone", againLoadSeconds, quads, tdbloaderSeconds);
        }
        buildRow("tdb2.tdbloader (phased)", tdbloaderSeconds, quads, tdbloaderSeconds);
        if (roomForTrig) {
            buildRow("tdb2.tdbloader (phased), our TriG dump instead of N-Quads", tdbloaderTrigSeconds, quads, tdbloaderSeconds);
        }
        if (memory != null) {
            buildRow("ours in memory (YAML, SHACL, bulk)", memorySeconds, quads, riotSeconds);
        }
        buildRow("riot --count (parse only)", riotSeconds, quads, riotSeconds);
        report.append(roomForTrig
                ? String.format(Locale.ROOT, "%nAgainst `tdb2.tdbloader` on the TriG dump: our first answer in %.2f× its time, the whole publication in %.2f×.%n",
                        ourFirstAnswerSeconds / tdbloaderTrigSeconds, ourPublicationSeconds / tdbloaderTrigSeconds)
                : String.format(Locale.ROOT, "%n`tdb2.tdbloader` on the TriG dump was not run: a second database of %,d MB would not leave the disk room for the rest.%n",
                        dbBytes >> 20));
        report.append("\nRatio = stock seconds / our seconds (above 1: we are faster). Peak heap of our store build: ")
                .append(ours.peakHeap()).append("; of tdbloader: ").append(stock.loader().peakHeap())
                .append(memory == null ? "" : "; of our in-memory build: " + memory.peakHeap()).append(".\n\n");
        record("x" + factor, "ours-store", "build_s", ourBuildSeconds);
        record("x" + factor, "ours-store", "first_answer_s", ourFirstAnswerSeconds);
        record("x" + factor, "ours-store", "publication_s", ourPublicationSeconds);
        record("x" + factor, "ours-store", "load_s", ourLoadSeconds);
        record("x" + factor, "ours-store-again", "first_answer_s", againFirstAnswerSeconds);
        record("x" + factor, "ours-store-again", "load_s", againLoadSeconds);
        record("x" + factor, "tdbloader", "load_s", tdbloaderSeconds);
        record("x" + factor, "tdbloader-trig", "load_s", tdbloaderTrigSeconds);
        if (memory != null) {
            record("x" + factor, "ours-memory", "build_s", memorySeconds);
        }
        record("x" + factor, "riot", "parse_s", riotSeconds);

        // The servers, one at a time, each meeting a client already compiled.
        Sent ourTexts = texts(true);
        warmClient(ourTexts.named());
        Map<String, ServerFigures> servers = new LinkedHashMap<>();
        servers.put("ours", serve(dir.resolve("ours-serve"), ourCommand("store", factor, stores), "http://127.0.0.1:" + port + "/sparql", ourTexts));
        servers.put("Fuseki", serve(dir.resolve("fuseki"), List.of(java(), HEAP, logGc(dir.resolve("fuseki")), "-jar", fusekiJar.toString(),
                "--port=" + port, "--localhost", "--tdb2", "--loc=" + tdbloaderDb, "--set", "tdb:unionDefaultGraph=true", "/ds"),
                "http://127.0.0.1:" + port + "/ds/sparql", texts(false)));
        Virtuoso virtuoso = Virtuoso.find(dir.resolve("virtuoso"), port);
        if (virtuoso == null) {
            report.append("Virtuoso: `virtuoso-t` is not installed on this machine (Debian: `apt-get install virtuoso-opensource`).\n\n");
        } else {
            double loadSeconds = virtuoso.load(nquads);
            record("x" + factor, "virtuoso", "load_s", loadSeconds);
            report.append("Virtuoso bulk load (ld_dir + rdf_loader_run + checkpoint) of the same quads: ")
                    .append(String.format(Locale.ROOT, "%.1f s", loadSeconds)).append(".\n\n");
            servers.put("Virtuoso", serve(dir.resolve("virtuoso-serve"), virtuoso.command(), "http://127.0.0.1:" + port + "/sparql", texts(false)));
        }
        serverTables(factor, servers);
    }

    /** A finished run of tdb2.tdbloader and its own time for the load (its wall time if it prints none). */
    private record Load(Child loader, double seconds) {}

    /** Runs tdb2.tdbloader on {@code file} into {@code db}, its output under {@code log}. */
    private Load tdbloader(Path log, Path db, Path file) throws Exception {
        long t0 = System.nanoTime();
        Child loader = Child.start(log, jena("tdb2.tdbloader", "--loc", db.toString(), file.toString()));
        loader.awaitExit(Duration.ofMinutes(60));
        double wall = (System.nanoTime() - t0) / 1e9;
        Matcher time = Pattern.compile("Time = ([\\d.,]+) seconds").matcher(loader.output());
        return new Load(loader, time.find() ? Double.parseDouble(time.group(1).replace(",", "")) : wall);
    }

    private void buildRow(String what, double seconds, long quads, double stockSeconds) {
        report.append(String.format(Locale.ROOT, "| %s | %.2f | %,.0f | %.2f |%n", what, seconds, quads / seconds, stockSeconds / seconds));
    }

    private record ServerFigures(double startSeconds, Map<String, Latency> latency, Map<Integer, double[]> throughput,
                                 Map<String, Answer> answers, ClientLoad load, String peakHeap, String peakResident) {}

    /** What the load of {@link #LOAD_CLIENTS} clients got: each named query's latencies in ms, and failed requests. */
    private record ClientLoad(Map<String, List<Double>> millis, long failed, int seconds) {
        long answered() {
            return millis.values().stream().mapToLong(List::size).sum();
        }

        /** The {@code p} percentile of the latencies of the named queries {@code names}; NaN if none answered. */
        double percentile(java.util.Collection<String> names, double p) {
            List<Double> all = names.stream().flatMap(n -> millis.getOrDefault(n, List.of()).stream()).sorted().toList();
            return all.isEmpty() ? Double.NaN : all.get((int) Math.min(all.size() - 1, Math.ceil(p * all.size()) - 1));
        }
    }

    /** Median and slowest run in ms (NaN when none answered), failed runs, and what the last failed run got back. */
    private record Latency(double median, double slowest, int errors, String lastFailure) {}

    /**
     * A named query's answer as one server gave it: its rows, each written as its variables' values (numbers in
     * their canonical decimal form, blank nodes alike, so that engines that write {@code 1.50} and {@code 1.5}
     * agree), sorted; null when the query failed.
     */
    private record Answer(List<String> rows) {
        static Answer of(Comparison comparison, String endpoint, String query) throws InterruptedException {
            try {
                HttpResponse<byte[]> response = comparison.post(endpoint, query);
                if (response.statusCode() != 200) {
                    return new Answer(null);
                }
                ResultSet results = ResultSetMgr.read(new java.io.ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
                List<String> rows = new ArrayList<>();
                List<String> vars = results.getResultVars().stream().sorted().toList();
                results.forEachRemaining(solution -> {
                    StringBuilder row = new StringBuilder();
                    for (String v : vars) {
                        row.append(v).append('=').append(value(solution.get(v) == null ? null : solution.get(v).asNode())).append('\t');
                    }
                    rows.add(row.toString());
                });
                rows.sort(null);
                return new Answer(rows);
            } catch (IOException | RuntimeException e) {
                return new Answer(null);
            }
        }

        private static String value(Node node) {
            if (node == null) {
                return "";
            }
            if (node.isBlank()) {
                return "_:";
            }
            if (!node.isLiteral()) {
                return node.getURI();
            }
            if (node.getLiteralDatatype() instanceof XSDDatatype type && numeric(type)) {
                try {
                    return new BigDecimal(node.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return node.getLiteralLexicalForm();
                }
            }
            return node.getLiteralLexicalForm();
        }

        private static boolean numeric(XSDDatatype type) {
            return type.equals(XSDDatatype.XSDinteger) || type.equals(XSDDatatype.XSDdecimal) || type.equals(XSDDatatype.XSDint)
                    || type.equals(XSDDatatype.XSDlong) || type.equals(XSDDatatype.XSDdouble) || type.equals(XSDDatatype.XSDfloat);
        }
    }

    /**
     * The named queries' and the shapes' texts as a server is sent them: ours as shipped; a stock engine's the
     * same, except where a query calls one of our own functions ({@code unrf:}), which a stock engine does not have
     * and would answer with nothing: that one is sent the same question over the ballots themselves, kept under the
     * same name in {@code src/test/resources/bench/portable/}.
     */
    private Sent texts(boolean ours) throws IOException {
        List<String> named = new ArrayList<>();
        for (NamedQuery query : queries) {
            named.add(sentText(query.name(), query.text(), ours));
        }
        Map<String, String> sentShapes = new TreeMap<>();
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            sentShapes.put(shape.getKey(), sentText(shape.getKey(), shape.getValue(), ours));
        }
        return new Sent(named, sentShapes);
    }

    private static String sentText(String name, String text, boolean ours) throws IOException {
        return !ours && text.contains("unrf:") ? Files.readString(Path.of("src/test/resources/bench/portable", name + ".rq")) : text;
    }

    /** What one server is sent: the named queries in their order, and the shapes by name. */
    private record Sent(List<String> named, Map<String, String> shapes) {
    }

    private static final String SHAPE = "shape:";

    private static Map<String, String> shapes(Path folder) {
        Map<String, String> shapes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                shapes.put(file.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shapes;
    }

    private ServerFigures serve(Path log, List<String> command, String endpoint, Sent sent) throws Exception {
        List<String> texts = sent.named();
        List<Double> starts = new ArrayList<>();
        for (int i = 1; i < STARTS; i++) {
            long t = System.nanoTime();
            Child once = Child.start(log, command);
            try {
                starts.add(awaitFirstAnswer(endpoint, once, t));
            } finally {
                once.stop();
            }
        }
        long t0 = System.nanoTime();
        Child server = Child.start(log, command);
        try {
            starts.add(awaitFirstAnswer(endpoint, server, t0));
            starts.sort(Double::compare);
            double start = starts.get(starts.size() / 2);
            if (BUILD_AND_START) {
                return new ServerFigures(start, Map.of(), Map.of(), Map.of(), null, server.peakHeap(), server.peakResident());
            }
            Map<String, Latency> latency = new LinkedHashMap<>();
            for (int q = 0; q < queries.size(); q++) {
                latency.put(queries.get(q).name(), latency(endpoint, texts.get(q)));
            }
            for (Map.Entry<String, String> shape : sent.shapes().entrySet()) {
                latency.put(SHAPE + shape.getKey(), latency(endpoint, shape.getValue()));
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int q = 0; q < queries.size(); q++) {
                answers.put(queries.get(q).name(), Answer.of(this, endpoint, texts.get(q)));
            }
            Map<Integer, double[]> throughput = new LinkedHashMap<>();
            for (int clients : CLIENTS) {
                throughput.put(clients, throughput(endpoint, clients, texts));
            }
            ClientLoad load = LOAD_SECONDS > 0 ? load(endpoint, texts) : null;
            return new ServerFigures(start, latency, throughput, answers, load, server.peakHeap(), server.peakResident());
        } finally {
            server.stop();
        }
    }

    private double awaitFirstAnswer(String endpoint, Child server, long t0) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!server.alive()) {
                throw new IllegalStateException("the server exited: " + server.output());
            }
            try {
                if (post(endpoint, PROBE).statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no answer from " + endpoint);
    }

    /**
     * Our server is the first measured at each factor: without this, its first queries would also pay for this
     * JVM's own HTTP client being compiled, on the same two cores, and the servers after it would not. Every named
     * query is posted {@link #CLIENT_WARM_ROUNDS} times to a stand-in endpoint in this JVM (the JDK's HTTP server,
     * one fixed answer of 64 KB), so that every engine meets a client already compiled; no engine sees these requests.
     */
    private void warmClient(List<String> texts) throws Exception {
        byte[] answer = ("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[" + "{\"x\":{\"type\":\"literal\",\"value\":\"0\"}},".repeat(1600)
                + "{}]}}").getBytes(StandardCharsets.UTF_8);
        HttpServer standIn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        standIn.createContext("/sparql", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        standIn.start();
        try {
            String endpoint = "http://127.0.0.1:" + standIn.getAddress().getPort() + "/sparql";
            for (int round = 0; round < CLIENT_WARM_ROUNDS; round++) {
                for (String text : texts) {
                    failure(endpoint, text).ifPresent(f -> {
                        throw new IllegalStateException("the stand-in endpoint failed: " + f);
                    });
                }
            }
        } finally {
            standIn.stop(0);
        }
    }

    /** Median, p99 (the slowest of at most {@link #RUNS} runs) in ms, and errors, after one warm-up run. */
    private Latency latency(String endpoint, String query) throws Exception {
        List<Double> times = new ArrayList<>();
        int errors = 0;
        long budget = System.nanoTime() + QUERY_BUDGET.toNanos();
        // The warm-up run counts as an error if it fails, and then no more runs are made.
        Optional<String> failure = failure(endpoint, query);
        String lastFailure = failure.orElse("");
        errors += failure.isPresent() ? 1 : 0;
        // At least one timed run after the warm-up, however long the warm-up took.
        while (failure.isEmpty() && times.size() + errors < RUNS && (times.size() + errors == 0 || System.nanoTime() < budget)) {
            long t = System.nanoTime();
            Optional<String> run = failure(endpoint, query);
            if (run.isEmpty()) {
                times.add((System.nanoTime() - t) / 1e6);
            } else {
                errors++;
                lastFailure = run.get();
            }
        }
        if (times.isEmpty()) {
            return new Latency(Double.NaN, Double.NaN, errors, lastFailure);
        }
        times.sort(Double::compare);
        return new Latency(times.get(times.size() / 2), times.get(times.size() - 1), errors, lastFailure);
    }

    /**
     * Nothing if the query was answered with 200, else what came back: the status and the start of the body, or
     * the exception. A connection the server closes (Jetty drops a connection idle for 30 s, so a query that runs
     * longer ends that way) or a client timeout is a failed run, not the end of the comparison.
     */
    private Optional<String> failure(String endpoint, String query) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = post(endpoint, query);
            if (response.statusCode() == 200) {
                return Optional.empty();
            }
            String body = new String(response.body(), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            return Optional.of("HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(200, body.length()))));
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Answered queries per second and errors, with {@code clients} each running the named queries in turn. */
    private double[] throughput(String endpoint, int clients, List<String> texts) throws Exception {
        int seconds = (int) LOAD_TIME.toSeconds();
        ClientLoad load = drive(endpoint, texts, clients, seconds, c -> c);
        return new double[] {load.answered() / (double) seconds, load.failed()};
    }

    /**
     * {@link #LOAD_CLIENTS} clients for {@link #LOAD_SECONDS}, each running the named queries in turn from its own
     * place in the list, as the load test's clients do (after a warm-up of 10 s, not counted): every answer's time.
     */
    private ClientLoad load(String endpoint, List<String> texts) throws Exception {
        IntUnaryOperator spread = c -> c * texts.size() / LOAD_CLIENTS;
        drive(endpoint, texts, LOAD_CLIENTS, 10, spread);
        return drive(endpoint, texts, LOAD_CLIENTS, LOAD_SECONDS, spread);
    }

    /**
     * {@code clients} threads for {@code seconds}, client {@code c} running the named queries in turn from the one
     * at {@code first.applyAsInt(c)}: each answer's time by query, and the requests that got no 200.
     */
    private ClientLoad drive(String endpoint, List<String> texts, int clients, int seconds, IntUnaryOperator first) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, List<Double>> millis = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int from = first.applyAsInt(c);
            running.add(pool.submit(() -> {
                for (int i = from; System.nanoTime() < end; i++) {
                    int q = i % texts.size();
                    long t = System.nanoTime();
                    try {
                        if (post(endpoint, texts.get(q)).statusCode() == 200) {
                            millis.computeIfAbsent(queries.get(q).name(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                    .add((System.nanoTime() - t) / 1e6);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        // A request still running at the end is bounded by the client's own timeout of 120 s.
        for (Future<?> f : running) {
            f.get(seconds + 120L, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        return new ClientLoad(millis, failed.get(), seconds);
    }

    private HttpResponse<byte[]> post(String endpoint, String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Each named query's answer on every server beside ours: the rows compared after sorting, values only (see
     * {@link Answer}). The stock engines read the quads of our TriG dump, so this is the dumps answering the
     * questions on a second and a third engine.
     */
    private void answersTable(int factor, Map<String, ServerFigures> servers, List<String> names) {
        Map<String, Answer> ours = servers.get(names.get(0)).answers();
        report.append("\nThe named queries' answers on each server, rows compared with ours (values only, sorted):\n\n");
        for (String n : names.subList(1, names.size())) {
            int same = 0;
            List<String> differ = new ArrayList<>();
            for (NamedQuery q : queries) {
                List<String> mine = ours.get(q.name()).rows();
                List<String> theirs = servers.get(n).answers().get(q.name()).rows();
                if (mine != null && mine.equals(theirs)) {
                    same++;
                } else {
                    differ.add(String.format(Locale.ROOT, "`%s` (%s rows here, %s there)", q.name(),
                            mine == null ? "failed" : mine.size(), theirs == null ? "failed" : theirs.size()));
                }
            }
            record("x" + factor, n, "same_answers", same);
            report.append(String.format(Locale.ROOT, "- %s: %d of %d the same%s%n", n, same, queries.size(),
                    differ.isEmpty() ? "" : "; differ: " + String.join(", ", differ)));
        }
    }

    /**
     * The load of {@link #LOAD_CLIENTS} clients on each server: answers per second, failures, and the percentiles of
     * the cheap named queries (median within {@link #CHEAP_MILLIS} on ours, alone) and of the others.
     */
    private void loadTable(int factor, Map<String, ServerFigures> servers, List<String> names) {
        if (LOAD_SECONDS <= 0) {
            return;
        }
        Map<String, Latency> ours = servers.get(names.get(0)).latency();
        List<String> cheap = queries.stream().map(NamedQuery::name).filter(n -> ours.get(n).median() <= CHEAP_MILLIS).toList();
        List<String> expensive = queries.stream().map(NamedQuery::name).filter(n -> !cheap.contains(n)).toList();
        report.append(String.format(Locale.ROOT, "%nLoad: %d clients for %d s, each running the named queries in turn (%d cheap, within %.0f ms"
                + " alone on ours; %d others); latencies in ms:%n%n", LOAD_CLIENTS, LOAD_SECONDS, cheap.size(), CHEAP_MILLIS, expensive.size()));
        report.append("| server | answers/s | failed | cheap p50 | cheap p99 | others p50 | others p99 | slowest |\n|---|---|---|---|---|---|---|---|\n");
        List<String> all = queries.stream().map(NamedQuery::name).toList();
        for (String n : names) {
            ClientLoad load = servers.get(n).load();
            double perSecond = load.answered() / (double) load.seconds();
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n", n, perSecond, load.failed(),
                    load.percentile(cheap, 0.5), load.percentile(cheap, 0.99), load.percentile(expensive, 0.5), load.percentile(expensive, 0.99),
                    load.percentile(all, 1.0)));
            record("x" + factor, n, "load_qps", perSecond);
            record("x" + factor, n, "load_failed", load.failed());
            record("x" + factor, n, "load_cheap_p99_ms", load.percentile(cheap, 0.99));
        }
    }

    /**
     * A table of each query's median and slowest time on every server, its rows the latency keys given (a shape's
     * key shown without its prefix), each figure also recorded under its key.
     */
    private void latencyTable(int factor, Map<String, ServerFigures> servers, List<String> names, String heading, List<String> keys) {
        report.append('\n').append(heading).append(":\n\n| query |");
        names.forEach(n -> report.append(' ').append(n).append(" |"));
        report.append("\n|---|").append("---|".repeat(names.size())).append('\n');
        for (String key : keys) {
            report.append("| ").append(key.startsWith(SHAPE) ? key.substring(SHAPE.length()) : key).append(" |");
            for (String n : names) {
                Latency l = servers.get(n).latency().get(key);
                report.append(Double.isNaN(l.median()) ? " error |" : String.format(Locale.ROOT, " %.1f / %.1f%s |", l.median(), l.slowest(), l.errors() > 0 ? " (" + l.errors() + "e)" : ""));
                record("x" + factor, n, "p50_ms:" + key, l.median());
                record("x" + factor, n, "max_ms:" + key, l.slowest());
            }
            report.append('\n');
        }
    }

    private void serverTables(int factor, Map<String, ServerFigures> servers) {
        List<String> names = List.copyOf(servers.keySet());
        report.append("| server | start-up to first answer (s, median of " + STARTS + " starts) | peak heap | peak resident |\n|---|---|---|---|\n");
        servers.forEach((name, f) -> {
            report.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s |%n", name, f.startSeconds(), f.peakHeap(), f.peakResident()));
            record("x" + factor, name, "start_s", f.startSeconds());
        });
        if (BUILD_AND_START) {
            report.append('\n');
            return;
        }
        report.append("\nThroughput, answered named queries per second (errors in brackets); ratio = ours / other:\n\n| clients |");
        names.forEach(n -> report.append(' ').append(n).append(" |"));
        names.stream().skip(1).forEach(n -> report.append(" ours/").append(n).append(" |"));
        report.append("\n|---|").append("---|".repeat(names.size() * 2 - 1)).append('\n');
        for (int clients : CLIENTS) {
            report.append("| ").append(clients).append(" |");
            for (String n : names) {
                double[] t = servers.get(n).throughput().get(clients);
                report.append(String.format(Locale.ROOT, " %.1f (%d) |", t[0], (long) t[1]));
                record("x" + factor, n, "qps_" + clients, t[0]);
            }
            double ours = servers.get(names.get(0)).throughput().get(clients)[0];
            names.stream().skip(1).forEach(n -> report.append(String.format(Locale.ROOT, " %.2f |", ours / servers.get(n).throughput().get(clients)[0])));
            report.append('\n');
        }
        loadTable(factor, servers, names);
        latencyTable(factor, servers, names, "Per named query: median / slowest of up to " + RUNS
                + " runs, in ms (e = runs answered with an error status)", queries.stream().map(NamedQuery::name).toList());
        answersTable(factor, servers, names);
        latencyTable(factor, servers, names, "Shapes a user writes first (`src/test/resources/bench/shapes/`), median / slowest in ms",
                shapes.keySet().stream().map(shape -> SHAPE + shape).toList());
        report.append('\n');
        servers.forEach((name, f) -> f.latency().forEach((query, l) -> {
            if (l.errors() > 0) {
                report.append("- ").append(name).append(", ").append(query).append(", last failed run: ").append(l.lastFailure()).append('\n');
            }
        }));
        report.append('\n');
    }

    /**
     * How each figure grows from one factor to the next, beside how the quads grew: a cost growing faster than
     * the quads is the one to explain. Only figures measured at every factor, and times rather than rates; each
     * query's latency is in the per-factor tables.
     */
    private void growth(int[] factors) {
        if (factors.length < 2) {
            return;
        }
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        tsv.stream().skip(1).map(line -> line.split("\t")).forEach(f ->
                figures.computeIfAbsent(f[1] + " " + f[2], k -> new LinkedHashMap<>()).put(f[0], Double.parseDouble(f[3])));
        report.append("## How each cost grows\n\nEach figure at each factor, and its growth from the previous factor (×) beside the quads' growth.\n\n| figure |");
        Arrays.stream(factors).forEach(f -> report.append(" ×").append(f).append(" |"));
        report.append(" growth |\n|---|").append("---|".repeat(factors.length + 1)).append('\n');
        figures.forEach((name, byFactor) -> {
            boolean complete = Arrays.stream(factors).allMatch(f -> byFactor.containsKey("x" + f) && !byFactor.get("x" + f).isNaN());
            if (!complete || name.contains("qps") || name.contains("_ms:") || name.contains("load_failed")) {
                return;
            }
            report.append("| ").append(name).append(" |");
            Arrays.stream(factors).forEach(f -> report.append(String.format(Locale.ROOT, " %,.2f |", byFactor.get("x" + f))));
            StringBuilder growth = new StringBuilder();
            for (int i = 1; i < factors.length; i++) {
                growth.append(String.format(Locale.ROOT, "%s%.1f×", i > 1 ? ", " : "",
                        byFactor.get("x" + factors[i]) / byFactor.get("x" + factors[i - 1])));
            }
            report.append(' ').append(growth).append(" |\n");
        });
        report.append('\n');
    }

    private void record(String factor, String subject, String measure, double value) {
        tsv.add(factor + "\t" + subject + "\t" + measure + "\t" + String.format(Locale.ROOT, "%.4f", value));
    }

    private List<String> ourCommand(String mode, int factor, Path stores) {
        List<String> command = new ArrayList<>(List.of(java(), HEAP, logGc(work.resolve("gc-ours-" + mode + "-" + factor + "-" + System.nanoTime())),
                "-cp", System.getProperty("java.class.path"), ScaledGraph.class.getName(), mode, Integer.toString(factor)));
        if (stores != null) {
            command.add(stores.toString());
            command.add(Integer.toString(port));
        }
        return command;
    }

    private List<String> jena(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), HEAP, logGc(work.resolve("gc-" + mainClass + "-" + System.nanoTime())),
                "-cp", jenaLib.resolve("*").toString(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    static String java() {
        return MainProcess.java();
    }

    /** GC log: its largest "before" figure is the peak heap in use. */
    static String logGc(Path file) {
        return "-Xlog:gc:file=" + file;
    }

    static int freePort() {
        return MainProcess.freePort();
    }

    static void gunzip(Path from, Path to) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(from)); OutputStream out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
    }
}
