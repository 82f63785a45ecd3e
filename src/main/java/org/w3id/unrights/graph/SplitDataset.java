package org.w3id.unrights.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.vocab.Ids;

/**
 * A dataset seen as its two parts: the curated graphs (ontology, reference, one per article: some thousand
 * triples), copied into memory, and the data-set graphs of the data sets (millions of triples), read in place.
 * <p>
 * Counting or writing the union of all graphs through a store's union graph makes TDB2 remove duplicates
 * across every quad, which costs minutes on the roll calls. Curated graphs share nodes and triples; a data set
 * graph is written by one data set and holds each of its triples once. So the union is the curated union
 * (small, deduplicated in memory) followed by each data-set graph's triples that the curated union lacks.
 * Data-set graphs are taken to share no triple with one another (each data set writes nodes of its own).
 * The graph of values computed at build ({@link ComputedGraph}) is in neither part but kept apart ({@link #computed()}):
 * it is not asserted data, and what counts the data or dumps it with the data leaves it out.
 * <p>
 * Use inside a read transaction on {@code whole}.
 */
public final class SplitDataset {
    private final DatasetGraph whole;
    private final List<Node> dataSetGraphs;
    private final DatasetGraph curated;
    private final Graph curatedUnion;
    private final Graph computed = GraphFactory.createDefaultGraph();

    private SplitDataset(DatasetGraph whole, List<Node> dataSetGraphs) {
        this.whole = whole;
        this.dataSetGraphs = List.copyOf(dataSetGraphs);
        this.curated = DatasetGraphFactory.create();
        whole.listGraphNodes().forEachRemaining(g -> {
            if (!this.dataSetGraphs.contains(g) && !g.equals(Ids.COMPUTED_GRAPH)) {
                whole.stream(g, Node.ANY, Node.ANY, Node.ANY).forEach(curated::add);
            }
        });
        curated.prefixes().putAll(whole.prefixes());
        this.curatedUnion = curated.getUnionGraph();
        // Asked first: an in-memory dataset would make an empty graph of a name it lacks, under another thread's reads.
        if (whole.containsGraph(Ids.COMPUTED_GRAPH)) {
            whole.stream(Ids.COMPUTED_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEach(q -> computed.add(q.asTriple()));
        }
    }

    public static SplitDataset of(DatasetGraph whole, List<Node> dataSetGraphs) {
        return new SplitDataset(whole, dataSetGraphs);
    }

    public static SplitDataset of(RightsGraph graph) {
        return of(graph.dataset(), graph.dataSetGraphs());
    }

    public DatasetGraph whole() {
        return whole;
    }

    /** The curated graphs, in memory. */
    public DatasetGraph curated() {
        return curated;
    }

    /** The graph of values computed at build ({@code graph/computed}), in memory; empty if none was computed. */
    public Graph computed() {
        return computed;
    }

    /** The union of the curated graphs. */
    public Graph curatedUnion() {
        return curatedUnion;
    }

    public List<Node> dataSetGraphs() {
        return dataSetGraphs;
    }

    /** True if no graph is a data-set graph: the union may then be read directly. */
    public boolean curatedOnly() {
        return dataSetGraphs.stream().noneMatch(g -> whole.containsGraph(g));
    }

    /**
     * Every quad of data-set graph {@code g}, in the store's order: TDB2 reads a graph by its GSPO index, so the
     * triples of one subject come together (which {@link #eachDataSetSubject} relies on).
     */
    private void eachDataSetQuad(Node g, Consumer<Quad> each) {
        whole.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(each);
    }

    /**
     * The triples of data-set graph {@code g}, one subject at a time (the store's order keeps them together, see
     * {@link #eachDataSetQuad}); the list is reused, valid only during the call. Returns how many triples the graph holds.
     */
    public long eachDataSetSubject(Node g, BiConsumer<Node, List<Triple>> each) {
        long[] count = {0};
        Node[] subject = {null};
        List<Triple> triples = new ArrayList<>();
        eachDataSetQuad(g, q -> {
            count[0]++;
            if (subject[0] != null && !subject[0].equals(q.getSubject())) {
                each.accept(subject[0], triples);
                triples.clear();
            }
            subject[0] = q.getSubject();
            triples.add(q.asTriple());
        });
        if (subject[0] != null) {
            each.accept(subject[0], triples);
        }
        return count[0];
    }
}
