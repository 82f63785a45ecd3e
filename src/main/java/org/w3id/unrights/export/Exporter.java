package org.w3id.unrights.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
import org.w3id.unrights.rdf.JsonLdWriter;
import org.w3id.unrights.rdf.RdfOutput;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * Writes a release (see {@link Dump}): the union of all graphs as Turtle, gzipped N-Triples and JSON-LD, the
 * dataset with its named graphs kept as TriG, the JSON-LD context, the ontology, and their VoID/DCAT
 * description. The data files are streamed (the "blocks" layouts and N-Triples keep memory flat on large
 * data while staying readable); only the small ontology and description are written pretty.
 */
public final class Exporter {
    /** File names of the dumps, fixed so that links to them stay stable. */
    public static final String TURTLE = Dump.TURTLE.fileName();
    public static final String TRIG = Dump.TRIG.fileName();

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.standard());

    private Exporter() {}

    public static List<Path> write(RightsGraph graph, Path dir) {
        return write(graph, dir, Release.current());
    }

    /** Writes every {@link Dump} into {@code dir}, the description last so that it can give their checksums. */
    public static List<Path> write(RightsGraph graph, Path dir, Release release) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        DatasetGraph dataset = graph.dataset();
        Map<Dump, Path> files = new EnumMap<>(Dump.class);
        for (Dump dump : Dump.values()) {
            files.put(dump, dir.resolve(dump.fileName()));
        }
        Txn.executeRead(dataset, () -> {
            SplitDataset split = SplitDataset.of(graph);
            write(files.get(Dump.TURTLE), out -> RdfOutput.stream(out, RDFFormat.TURTLE_BLOCKS, s -> sendUnion(split, s)));
            write(files.get(Dump.NTRIPLES), out -> {
                try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                    RdfOutput.stream(gzip, RDFFormat.NTRIPLES, s -> sendUnion(split, s));
                }
            });
            write(files.get(Dump.TRIG), out -> RdfOutput.stream(out, RDFFormat.TRIG_BLOCKS,
                    s -> StreamRDFOps.sendDatasetToStream(dataset, s, null, PREFIXES)));
            write(files.get(Dump.JSONLD), out -> JsonLdWriter.write(split.curatedUnion(), more -> eachBulkSubject(split, more), out));
            write(files.get(Dump.CONTEXT), out -> Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out).write(JsonLdWriter.context()));
            write(files.get(Dump.ONTOLOGY), out -> out.write(OntologyDump.turtle(dataset.getGraph(Ids.ONTOLOGY_GRAPH))
                    .getBytes(StandardCharsets.UTF_8)));
            Map<Dump, Path> described = new EnumMap<>(files);
            described.remove(Dump.VOID);
            Graph description = DatasetDescription.of(split, graph.statistics(), release, described);
            write(files.get(Dump.VOID), out -> RdfOutput.prettyTurtle(description, out));
        });
        return List.copyOf(files.values());
    }

    /** The union of all graphs, each triple once (see {@link SplitDataset}), with the project's prefixes. */
    private static void sendUnion(SplitDataset split, StreamRDF out) {
        PREFIXES.forEach(out::prefix);
        split.eachUnionTriple(out::triple);
    }

    /** Each subject of the bulk graphs as a small graph of its triples the curated union lacks. */
    private static void eachBulkSubject(SplitDataset split, Consumer<Graph> each) {
        for (Node g : split.bulkGraphs()) {
            split.eachBulkSubject(g, (subject, triples) -> {
                Graph one = GraphFactory.createPlainGraph();
                triples.stream().filter(t -> !split.curatedUnion().contains(t)).forEach(one::add);
                if (!one.isEmpty()) {
                    each.accept(one);
                }
            });
        }
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) {
        try (OutputStream out = Files.newOutputStream(file)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
