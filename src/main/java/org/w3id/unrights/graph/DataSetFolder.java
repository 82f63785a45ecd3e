package org.w3id.unrights.graph;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.system.Txn;
import org.w3id.unrights.load.dataset.DataSets;
import org.w3id.unrights.load.dataset.RollCallLoader;
import org.w3id.unrights.vocab.Ids;

/** One folder of {@code data/datasets/} (today always roll calls) as a data set of its own named graph. */
final class DataSetFolder implements DataSet {
    private final Path folder;
    private Node graph;

    private DataSetFolder(Path folder) {
        this.folder = folder;
    }

    /** A source per data-set folder of {@code dataDir}; none when it has no {@code datasets/}. */
    static List<DataSet> of(Path dataDir) {
        return DataSets.folders(dataDir).stream().<DataSet>map(DataSetFolder::new).toList();
    }

    @Override
    public String name() {
        return DataSets.FOLDER + "/" + folder.getFileName();
    }

    @Override
    public synchronized List<Node> graphs() {
        // Read from the manifest on first use, so that a build reports the data folder's own problems first.
        if (graph == null) {
            graph = DataSets.graphName(folder);
        }
        return List.of(graph);
    }

    @Override
    public void sendTo(RightsGraph curated, StreamRDF out) {
        // The loader frames its own stream; here it is one part of a longer one.
        StreamRDF part = new StreamRDFWrapper(out) {
            @Override
            public void start() {}

            @Override
            public void finish() {}
        };
        Txn.executeRead(curated.dataset(), () ->
                new RollCallLoader(folder).load(curated.dataset().getGraph(Ids.REFERENCE_GRAPH), part));
    }
}
