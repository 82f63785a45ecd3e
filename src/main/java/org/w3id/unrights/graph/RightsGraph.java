package org.w3id.unrights.graph;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.load.KindMap;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.votes.VoteCollector;
import org.w3id.unrights.votes.VoteMatrix;

/**
 * The built graph: a dataset with one named graph per source plus the reference and ontology graphs, the
 * SHACL shapes it was checked against, and where in the data each thing was defined. What is made from it to
 * be published (counts, text index, dumps) is a publication's, not the graph's.
 */
public final class RightsGraph {
    private final DatasetGraph dataset;
    private final Supplier<Graph> shapes;
    private final Registry registry;
    private final List<Node> dataSetGraphs;
    private final Supplier<KindMap> kinds;
    private final Supplier<VoteMatrix> votes;

    /**
     * @param shapes read on first use: a store reopened to be served never checks shapes again, and parsing
     *               them would only delay the start
     */
    public RightsGraph(DatasetGraph dataset, Supplier<Graph> shapes, Registry registry, List<Node> dataSetGraphs) {
        this(dataset, Once.of(shapes), registry, dataSetGraphs, null);
    }

    private RightsGraph(DatasetGraph dataset, Supplier<Graph> shapes, Registry registry, List<Node> dataSetGraphs, Supplier<VoteMatrix> votes) {
        this.dataset = dataset;
        this.shapes = shapes;
        this.kinds = Once.of(() -> KindMap.of(this.shapes.get()));
        this.registry = registry;
        this.dataSetGraphs = List.copyOf(dataSetGraphs);
        this.votes = Once.of(votes != null ? votes : () -> VoteCollector.scan(dataset, Set.copyOf(this.dataSetGraphs)));
    }

    /**
     * The same graph with its voting record's matrix given (collected as the data sets were loaded, or kept
     * with a store) rather than read from the data sets' graphs at first use.
     */
    public RightsGraph withVotes(Supplier<VoteMatrix> matrix) {
        return new RightsGraph(dataset, shapes, registry, dataSetGraphs, matrix);
    }

    /** The General Assembly's voting record as a matrix, for aggregates over every ballot ({@link org.w3id.unrights.votes.Agreement}). */
    public VoteMatrix votes() {
        return votes.get();
    }

    /** Names of the graphs streamed from data sets, whose rows were checked as they were read, not by SHACL. */
    public List<Node> dataSetGraphs() {
        return dataSetGraphs;
    }

    /** True for the ontology, reference and curated source graphs: those the shapes and ontology checks read. */
    public boolean isCurated(Node graphName) {
        return !dataSetGraphs.contains(graphName);
    }

    /** The named graphs as built; the default graph is empty (see {@link UnionDefaultGraph} for serving). */
    public DatasetGraph dataset() {
        return dataset;
    }

    public Graph shapes() {
        return shapes.get();
    }

    /** The kinds of thing the shapes declare: what the pages list and count. */
    public KindMap kinds() {
        return kinds.get();
    }

    public Registry registry() {
        return registry;
    }

    /** The file and line that defined a thing, for reports that should point back at the data. */
    public Optional<FilePosition> origin(Node thing) {
        return registry.origin(thing);
    }

    /** Maps SHACL results on this graph back to the data files. */
    ShaclLocator locator() {
        return new ShaclLocator(registry, shapes.get());
    }

    /** Names of the {@link #isCurated curated} graphs, in the dataset's order. Call inside a read transaction. */
    public List<Node> curatedGraphs() {
        List<Node> graphs = new java.util.ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (isCurated(g)) {
                graphs.add(g);
            }
        });
        return graphs;
    }

    /** Names of the graphs that hold source facts, one per curated source. */
    public List<Node> sourceGraphs() {
        List<Node> graphs = new java.util.ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (Ids.isSourceGraph(g)) {
                graphs.add(g);
            }
        });
        graphs.sort(java.util.Comparator.comparing(Node::getURI));
        return graphs;
    }
}
