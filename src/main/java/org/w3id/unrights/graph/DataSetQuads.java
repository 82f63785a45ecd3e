package org.w3id.unrights.graph;

import java.util.List;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;

/**
 * The quads of a graph's data-set graphs, sent again in the same order at each call, for the writers of the
 * dumps. Sent from the data sets' own files ({@link #replayed}), they cost a pass over those files: the roll
 * calls' 3.7 million quads stream in about a second, where reading them back from a TDB2 store turns every node
 * id into its term again through a cache that the ballots' millions of distinct IRIs overrun (one plain pass
 * over the store of ten times the record took 146 s).
 */
@FunctionalInterface
public interface DataSetQuads {
    /** Sends every quad to {@code out}, without {@code start} or {@code finish}, in the same order at each call. */
    void sendTo(StreamRDF out);

    /**
     * The quads as {@code dataSets} stream them, with {@code curated} (the checked curated graph, or a graph holding
     * it) as what their rows point at; each call runs in a read transaction on it.
     */
    static DataSetQuads replayed(List<DataSet> dataSets, RightsGraph curated) {
        return out -> Txn.executeRead(curated.dataset(), () -> dataSets.forEach(source -> source.sendTo(curated, out)));
    }

    /** No quads: a graph of curated sources only. */
    DataSetQuads NONE = out -> { };
}
