package org.w3id.unrights.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.DataSetQuads;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.SplitDataset;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.rdf.JsonLdWriter;
import org.w3id.unrights.rdf.RdfOutput;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * Writes a release (see {@link Dump}): the union of all graphs as Turtle, gzipped N-Triples and JSON-LD, the
 * dataset with its named graphs kept as TriG, the counts, passage lists and roll-call lists computed at build (their own TriG, apart from the data),
 * the JSON-LD context, the ontology, and their VoID/DCAT
 * description. The data files are streamed (the "blocks" layouts and N-Triples keep memory flat on large
 * data while staying readable), several at once; only the small ontology and description are written pretty.
 */
public final class Exporter {
    /** File names of the dumps, fixed so that links to them stay stable. */
    public static final String TURTLE = Dump.TURTLE.fileName();
    public static final String TRIG = Dump.TRIG.fileName();

    /**
     * The data files, the slowest to write first (JSON-LD, then the two union files, then TriG, as measured on the
     * roll calls), so that writers working side by side finish close together rather than one waiting on the last.
     */
    private static final List<Dump> LONGEST_FIRST = List.of(Dump.JSONLD, Dump.TURTLE, Dump.NTRIPLES, Dump.TRIG);

    /** How many of the data sets' triples the JSON-LD writer takes at a time. */
    static final int TRIPLES_PER_BATCH = 4000;

    /** Ends the temporary name of a file being written: never served, removed by the next write. */
    static final String PARTIAL = ".partial";

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.standard());

    private Exporter() {}

    /**
     * Writes every {@link Dump} into {@code dir}, replacing any there; returns the files. {@code dataSetQuads} sends
     * the data-set graphs' quads again for each data file (see {@link DataSetQuads}).
     */
    public static List<Path> write(RightsGraph graph, DataSetQuads dataSetQuads, Statistics stats, Path dir, Release release) {
        for (Dump dump : Dump.values()) {
            delete(dir.resolve(dump.fileName()));
        }
        return writeMissing(graph, dataSetQuads, stats, dir, release, Runtime.getRuntime().availableProcessors(), done -> {});
    }

    /**
     * Writes each {@link Dump} that {@code dir} lacks, and returns every dump's file. Each file is written under a
     * temporary name and renamed into place once whole, so a file under its own name is always complete, and a
     * write cut short (a crash, a kill) leaves only a temporary file, removed here before writing again. The data
     * files are written {@code threads} at a time, each from the curated graphs (copied into memory once) and its
     * own pass of {@code dataSetQuads}; the description last, since it gives their sizes and checksums.
     * {@code written} hears each file as it is renamed into place.
     */
    public static List<Path> writeMissing(RightsGraph graph, DataSetQuads dataSetQuads, Statistics stats, Path dir, Release release,
                                          int threads, Consumer<Path> written) {
        try {
            Files.createDirectories(dir);
            try (var leftovers = Files.list(dir)) {
                for (Path stale : leftovers.filter(f -> f.getFileName().toString().endsWith(PARTIAL)).toList()) {
                    Files.delete(stale);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
        Map<Dump, Path> files = new EnumMap<>(Dump.class);
        for (Dump dump : Dump.values()) {
            files.put(dump, dir.resolve(dump.fileName()));
        }
        List<Dump> missing = Arrays.stream(Dump.values()).filter(d -> d != Dump.VOID && !Files.exists(files.get(d)))
                .sorted(Comparator.comparingInt(d -> LONGEST_FIRST.contains(d) ? LONGEST_FIRST.indexOf(d) : LONGEST_FIRST.size()))
                .toList();
        // Each file's SHA-256, taken as its bytes pass on the way out, for the description (9 GB at ten times the roll calls).
        Map<Path, String> checksums = new ConcurrentHashMap<>();
        // The curated graphs, copied into memory once, read by every writer and by the description.
        SplitDataset split = Txn.calculateRead(graph.dataset(), () -> SplitDataset.of(graph));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, missing.size())), daemon());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Dump dump : missing) {
                running.add(pool.submit(() -> {
                    writeWhole(files.get(dump), out -> body(dump, split, dataSetQuads, out), checksums);
                    written.accept(files.get(dump));
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("cannot write the dumps", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the dumps", e);
        } finally {
            pool.shutdownNow();
        }
        if (!Files.exists(files.get(Dump.VOID))) {
            Map<Dump, Path> described = new EnumMap<>(files);
            described.remove(Dump.VOID);
            Txn.executeRead(graph.dataset(), () -> {
                Graph description = DatasetDescription.of(split, stats, release, described,
                        file -> checksums.computeIfAbsent(file, DatasetDescription::sha256));
                writeWhole(files.get(Dump.VOID), out -> RdfOutput.prettyTurtle(description, out), checksums);
            });
            written.accept(files.get(Dump.VOID));
        }
        return List.copyOf(files.values());
    }

    /** What one data file holds (not the description, which needs the others written first). */
    private static void body(Dump dump, SplitDataset split, DataSetQuads dataSetQuads, OutputStream out) throws IOException {
        switch (dump) {
            case TURTLE -> RdfOutput.stream(out, RDFFormat.TURTLE_BLOCKS, s -> sendUnion(split, dataSetQuads, s));
            case NTRIPLES -> {
                try (GZIPOutputStream gzip = new FastestGzip(out)) {
                    RdfOutput.stream(gzip, RDFFormat.NTRIPLES, s -> sendUnion(split, dataSetQuads, s));
                }
            }
            case TRIG -> RdfOutput.stream(out, RDFFormat.TRIG_BLOCKS, s -> {
                PREFIXES.forEach(s::prefix);
                sendCuratedGraphs(split, s);
                dataSetQuads.sendTo(s);
            });
            case JSONLD -> JsonLdWriter.write(split.curatedUnion(), more -> dataSetBatches(split, dataSetQuads, more), out);
            case CONTEXT -> Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(JsonLdWriter.context());
            case COMPUTED -> RdfOutput.stream(out, RDFFormat.TRIG_BLOCKS, s -> {
                PREFIXES.forEach(s::prefix);
                split.computed().find().toList().stream().sorted(IN_ORDER)
                        .forEach(t -> s.quad(Quad.create(Ids.COMPUTED_GRAPH, t)));
            });
            case ONTOLOGY -> out.write(OntologyDump.turtle(split.curated().getGraph(Ids.ONTOLOGY_GRAPH)).getBytes(StandardCharsets.UTF_8));
            case VOID -> throw new IllegalArgumentException("the description is written after the files it describes");
        }
    }

    /**
     * gzip at its fastest level: N-Triples repeat themselves enough to compress well at any level, and at the
     * default level this file took the longest of all to write.
     */
    private static final class FastestGzip extends GZIPOutputStream {
        FastestGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "dump-writer");
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The union of all graphs, each triple once, with the project's prefixes: the curated union, then the data
     * sets' triples it lacks.
     */
    private static void sendUnion(SplitDataset split, DataSetQuads dataSetQuads, StreamRDF out) {
        PREFIXES.forEach(out::prefix);
        split.curatedUnion().find().forEachRemaining(out::triple);
        eachDataSetTripleBeyondCurated(split, dataSetQuads, out::triple);
    }

    /**
     * The data sets' triples that the curated union lacks, {@value #TRIPLES_PER_BATCH} to a graph: the JSON-LD
     * writer takes a batch in one piece. A subject whose triples come apart in the stream (a roll call: its row,
     * its ballots, its tallies) is written as more than one node object with the same {@code @id}, which JSON-LD
     * reads as one node.
     */
    private static void dataSetBatches(SplitDataset split, DataSetQuads dataSetQuads, Consumer<Graph> each) {
        Graph[] batch = {GraphFactory.createPlainGraph()};
        eachDataSetTripleBeyondCurated(split, dataSetQuads, t -> {
            batch[0].add(t);
            if (batch[0].size() == TRIPLES_PER_BATCH) {
                each.accept(batch[0]);
                batch[0] = GraphFactory.createPlainGraph();
            }
        });
        if (!batch[0].isEmpty()) {
            each.accept(batch[0]);
        }
    }

    /**
     * Each triple of the data sets that the curated union lacks, so that the union files hold each triple once
     * (data sets share no triple with one another, see {@link SplitDataset}).
     */
    private static void eachDataSetTripleBeyondCurated(SplitDataset split, DataSetQuads dataSetQuads, Consumer<Triple> each) {
        dataSetQuads.sendTo(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                Triple t = quad.asTriple();
                if (!split.curatedUnion().contains(t)) {
                    each.accept(t);
                }
            }
        });
    }

    /** Subject, predicate, object: so that the same counts are written as the same bytes. */
    private static final Comparator<Triple> IN_ORDER = Comparator.comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    /** Each curated graph as quads, one graph after another in the order of their names. */
    private static void sendCuratedGraphs(SplitDataset split, StreamRDF out) {
        List<Node> names = new ArrayList<>();
        split.curated().listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        for (Node g : names) {
            split.curated().getGraph(g).find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
        }
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} under a temporary name beside it, then renames it into place; puts its SHA-256 into
     * {@code checksums}.
     */
    private static void writeWhole(Path file, Body body, Map<Path, String> checksums) {
        Path partial = file.resolveSibling(file.getFileName() + PARTIAL);
        try {
            MessageDigest sha256 = DigestUtils.getSha256Digest();
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(partial), sha256), 1 << 16)) {
                body.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            checksums.put(file, Hex.encodeHexString(sha256.digest()));
        } catch (IOException e) {
            delete(partial);
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
