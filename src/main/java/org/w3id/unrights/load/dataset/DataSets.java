package org.w3id.unrights.load.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.vocab.Ids;

/**
 * The data sets of a data folder, {@code datasets/NAME/dataset.yaml} with the files it names, each
 * streamed into a named graph of its own. Today there is one kind, the General Assembly's roll calls.
 */
public final class DataSets {
    public static final String FOLDER = "datasets";

    private DataSets() {}

    /** The data-set folders under {@code dataDir}, sorted; none when the data folder has no {@code datasets/}. */
    public static List<Path> folders(Path dataDir) {
        Path root = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.exists(d.resolve(RollCallManifest.FILE))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name of the graph the data set in {@code folder} is written to, from its manifest's {@code dataset.key}
     * (so that a store opened later knows it without reading the rows); throws
     * {@link org.w3id.unrights.load.DataException} if the manifest does not give one.
     */
    public static Node graphName(Path folder) {
        Problems problems = new Problems();
        RollCallManifest manifest = RollCallManifest.read(folder, problems).orElse(null);
        problems.throwIfAny();
        String key = manifest.description().required("key");
        problems.throwIfAny();
        return Ids.graph(key);
    }

    /**
     * Streams every data set of {@code dataDir} into {@code out}; returns the names of the graphs written.
     * {@code reference} is the already loaded graph of reference tables (the states ballots resolve to).
     */
    public static List<Node> load(Path dataDir, Graph reference, StreamRDF out) {
        List<Node> graphs = new ArrayList<>();
        for (Path folder : folders(dataDir)) {
            graphs.add(new RollCallLoader(folder).load(reference, out));
        }
        return graphs;
    }
}
