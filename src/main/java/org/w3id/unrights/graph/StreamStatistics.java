package org.w3id.unrights.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The {@link Statistics} of a build, taken from its load stream as the quads pass on to the store, so that the
 * store is not read back to count them (a re-read of every data-set quad grows with the data). Send the whole load
 * through it: the curated dataset's quads, then each {@link DataSet}'s; after {@link #finish()},
 * {@link #statistics()} equals {@code Statistics.of(SplitDataset.of(loaded, dataSetGraphs))} on what was loaded.
 * <p>
 * The curated graphs are counted from the checked curated dataset, in memory, before the load; the quads of
 * data-set graphs are counted as they pass, by the same code as {@link Statistics#of(SplitDataset)}. A data-set
 * subject's quads may come apart (a roll call's row, its ballots, its tallies), so each subject's state is kept
 * until the end: a few flags and its types, in a {@link SubjectTable}. Each quad must be sent once (see {@link DataSet#sendTo}): unlike
 * a store, a counter cannot tell a repeat without keeping every triple.
 */
public final class StreamStatistics extends StreamRDFWrapper {
    private final DatasetGraph curated;
    private final Statistics.DataSetCounts counts;
    /** Per data-set graph, its subjects seen so far (as {@link Statistics#of(SplitDataset)}, which counts graph by graph). */
    private final Map<Node, SubjectTable> subjects = new LinkedHashMap<>();
    private final Map<Node, long[]> quadsPerGraph = new HashMap<>();
    private Statistics statistics;
    private long passed;

    private StreamStatistics(SplitDataset split, StreamRDF next) {
        super(next);
        this.curated = split.curated();
        this.counts = Statistics.DataSetCounts.over(split);
        split.dataSetGraphs().forEach(g -> {
            subjects.put(g, new SubjectTable());
            quadsPerGraph.put(g, new long[1]);
        });
    }

    /**
     * A counter that passes every quad on to {@code next}. {@code curated} is the checked curated dataset the
     * load sends first (read here, once); {@code dataSetGraphs} the graphs the data sets write.
     */
    public static StreamStatistics over(DatasetGraph curated, List<Node> dataSetGraphs, StreamRDF next) {
        SplitDataset split = Txn.calculateRead(curated, () -> SplitDataset.of(curated, dataSetGraphs));
        return new StreamStatistics(split, next);
    }

    @Override
    public void quad(Quad quad) {
        passed++;
        Node g = quad.getGraph();
        SubjectTable ofGraph = subjects.get(g);
        if (ofGraph != null) {
            quadsPerGraph.get(g)[0]++;
            Node s = quad.getSubject();
            Statistics.Subject state = ofGraph.get(s);
            if (state == null) {
                state = counts.open(s);
            }
            counts.add(state, quad.asTriple());
            ofGraph.put(s, state);
        } else if (!quad.isDefaultGraph() && !curated.contains(quad)) {
            // Counted from the curated dataset before the load: a quad it lacks would go uncounted.
            throw new IllegalStateException("a quad for a curated graph that the curated dataset lacks: " + quad);
        }
        super.quad(quad);
    }

    /** Closes every data-set subject: its kinds and provenance need all its triples. */
    @Override
    public void finish() {
        super.finish();
        subjects.forEach((g, ofGraph) -> {
            ofGraph.forEach(counts::close);
            counts.graphHolds(g, quadsPerGraph.get(g)[0]);
        });
        subjects.clear();
        statistics = counts.total();
    }

    /** How many quads passed, curated and data sets', repeats of curated ones included. */
    public long quads() {
        return passed;
    }

    /** The counts of everything sent; only after {@link #finish()}. */
    public Statistics statistics() {
        if (statistics == null) {
            throw new IllegalStateException("the stream has not finished");
        }
        return statistics;
    }
}
