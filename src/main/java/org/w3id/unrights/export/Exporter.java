package org.w3id.unrights.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.zip.GZIPOutputStream;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.SplitDataset;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.rdf.JsonLdWriter;
import org.w3id.unrights.rdf.RdfOutput;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * Writes a release (see {@link Dump}): the union of all graphs as Turtle, gzipped N-Triples and JSON-LD, the
 * dataset with its named graphs kept as TriG, the JSON-LD context, the ontology, and their VoID/DCAT
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

    /** How many data-set subjects the JSON-LD engine compacts in one call. */
    static final int SUBJECTS_PER_BATCH = 1000;

    /** Ends the temporary name of a file being written: never served, removed by the next write. */
    static final String PARTIAL = ".partial";

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.standard());

    private Exporter() {}

    /** Writes every {@link Dump} into {@code dir}, replacing any there; returns the files. */
    public static List<Path> write(RightsGraph graph, Statistics stats, Path dir, Release release) {
        for (Dump dump : Dump.values()) {
            delete(dir.resolve(dump.fileName()));
        }
        return writeMissing(graph, stats, dir, release, Runtime.getRuntime().availableProcessors(), done -> {});
    }

    /**
     * Writes each {@link Dump} that {@code dir} lacks, and returns every dump's file. Each file is written under a
     * temporary name and renamed into place once whole, so a file under its own name is always complete, and a
     * write cut short (a crash, a kill) leaves only a temporary file, removed here before writing again. The data
     * files are written {@code threads} at a time, each in its own read transaction; the description last, since
     * it gives their sizes and checksums. {@code written} hears each file as it is renamed into place.
     */
    public static List<Path> writeMissing(RightsGraph graph, Statistics stats, Path dir, Release release, int threads,
                                          Consumer<Path> written) {
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
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, missing.size())), daemon());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Dump dump : missing) {
                running.add(pool.submit(() -> {
                    Txn.executeRead(graph.dataset(), () -> writeWhole(files.get(dump), out -> body(dump, graph, out)));
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
                Graph description = DatasetDescription.of(SplitDataset.of(graph), stats, release, described);
                writeWhole(files.get(Dump.VOID), out -> RdfOutput.prettyTurtle(description, out));
            });
            written.accept(files.get(Dump.VOID));
        }
        return List.copyOf(files.values());
    }

    /** What one data file holds (not the description, which needs the others written first). */
    private static void body(Dump dump, RightsGraph graph, OutputStream out) throws IOException {
        DatasetGraph dataset = graph.dataset();
        switch (dump) {
            case TURTLE -> RdfOutput.stream(out, RDFFormat.TURTLE_BLOCKS, s -> sendUnion(SplitDataset.of(graph), s));
            case NTRIPLES -> {
                try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
                    RdfOutput.stream(gzip, RDFFormat.NTRIPLES, s -> sendUnion(SplitDataset.of(graph), s));
                }
            }
            case TRIG -> RdfOutput.stream(out, RDFFormat.TRIG_BLOCKS, s -> StreamRDFOps.sendDatasetToStream(dataset, s, null, PREFIXES));
            case JSONLD -> {
                SplitDataset split = SplitDataset.of(graph);
                JsonLdWriter.write(split.curatedUnion(), more -> eachDataSetSubject(split, more), out);
            }
            case CONTEXT -> Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(JsonLdWriter.context());
            case ONTOLOGY -> out.write(OntologyDump.turtle(dataset.getGraph(Ids.ONTOLOGY_GRAPH)).getBytes(StandardCharsets.UTF_8));
            case VOID -> throw new IllegalArgumentException("the description is written after the files it describes");
        }
    }

    private static ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "dump-writer");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The union of all graphs, each triple once (see {@link SplitDataset}), with the project's prefixes. */
    private static void sendUnion(SplitDataset split, StreamRDF out) {
        PREFIXES.forEach(out::prefix);
        split.eachUnionTriple(out::triple);
    }

    /**
     * The data-set graphs' subjects as small graphs of their triples the curated union lacks, {@value #SUBJECTS_PER_BATCH}
     * subjects to a graph: the JSON-LD engine compacts a batch in one call, where a call per subject spent most of
     * its time reading the context again.
     */
    private static void eachDataSetSubject(SplitDataset split, Consumer<Graph> each) {
        Graph[] batch = {GraphFactory.createPlainGraph()};
        int[] subjects = {0};
        for (Node g : split.dataSetGraphs()) {
            split.eachDataSetSubject(g, (subject, triples) -> {
                boolean added = false;
                for (Triple t : triples) {
                    if (!split.curatedUnion().contains(t)) {
                        batch[0].add(t);
                        added = true;
                    }
                }
                if (added && ++subjects[0] == SUBJECTS_PER_BATCH) {
                    each.accept(batch[0]);
                    batch[0] = GraphFactory.createPlainGraph();
                    subjects[0] = 0;
                }
            });
        }
        if (!batch[0].isEmpty()) {
            each.accept(batch[0]);
        }
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code file} under a temporary name beside it, then renames it into place. */
    private static void writeWhole(Path file, Body body) {
        Path partial = file.resolveSibling(file.getFileName() + PARTIAL);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                body.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
