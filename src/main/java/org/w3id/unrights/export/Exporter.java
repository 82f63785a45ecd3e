package org.w3id.unrights.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Prefixes;

/**
 * Writes the dumps: the union of all graphs as Turtle, and the dataset with its named graphs kept as TriG.
 * The streaming "blocks" layouts keep memory flat on large data while staying readable.
 */
public final class Exporter {
    /** File names of the dumps, fixed so that links to them stay stable. */
    public static final String TURTLE = "un-rights.ttl";
    public static final String TRIG = "un-rights.trig";

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.standard());

    private Exporter() {}

    public static List<Path> write(RightsGraph graph, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        DatasetGraph dataset = graph.dataset();
        Path turtle = dir.resolve(TURTLE);
        Path trig = dir.resolve(TRIG);
        Txn.executeRead(dataset, () -> {
            write(turtle, out -> stream(out, RDFFormat.TURTLE_BLOCKS,
                    s -> StreamRDFOps.sendGraphToStream(dataset.getUnionGraph(), s, null, PREFIXES)));
            write(trig, out -> stream(out, RDFFormat.TRIG_BLOCKS,
                    s -> StreamRDFOps.sendDatasetToStream(dataset, s, null, PREFIXES)));
        });
        return List.of(turtle, trig);
    }

    private static void stream(OutputStream out, RDFFormat format, Consumer<StreamRDF> send) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        send.accept(writer);
        writer.finish();
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
