package org.w3id.unrights.graph;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.load.CuratedDataLoader;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.load.dataset.DataSets;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * What the graph is read from: the ontology files, then the curated data files, into a fresh in-memory dataset
 * ({@link #curated()}, the publisher's read stage), and the data sets, which the publisher streams after
 * them into memory or a store ({@code publish.Publisher}, the one path every entry point takes). Nothing is
 * returned unless all loaded. The curated part is small and is what SHACL checks; data sets check their
 * own rows and stream, so a store takes them without an in-memory copy. The data folder's own data sets
 * ({@code datasets/*}, see {@link DataSets}) are data sets by default. {@link #build()} gives the graph
 * alone, unchecked and uncounted, for tests and tools that need no publication.
 */
public final class GraphBuilder {
    private final Path dataDir;
    private final Path ontologyDir;
    private final List<DataSet> dataSets;

    public GraphBuilder(Path dataDir, Path ontologyDir) {
        this(dataDir, ontologyDir, DataSetFolder.of(dataDir));
    }

    private GraphBuilder(Path dataDir, Path ontologyDir, List<DataSet> dataSets) {
        this.dataDir = dataDir;
        this.ontologyDir = ontologyDir;
        this.dataSets = List.copyOf(dataSets);
    }

    /** The same builder with these data sets added after the curated sources. */
    public GraphBuilder withDataSets(List<DataSet> sources) {
        return new GraphBuilder(dataDir, ontologyDir, java.util.stream.Stream.concat(dataSets.stream(), sources.stream()).toList());
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path ontologyDir() {
        return ontologyDir;
    }

    public List<DataSet> dataSets() {
        return dataSets;
    }

    /** Builds the whole graph in memory: curated sources, then data sets, then the counts computed from them. */
    public RightsGraph build() {
        RightsGraph graph = addDataSets(curated());
        ComputedGraph.writeInto(graph.dataset());
        return graph;
    }

    /**
     * Builds the ontology and curated sources only; throws {@link org.w3id.unrights.diagnostics.DataException}
     * naming every bad file and line.
     */
    public RightsGraph curated() {
        Problems problems = new Problems();
        Graph ontology = OntologyFiles.ontology(ontologyDir, problems);
        Graph shapes = OntologyFiles.shapes(ontologyDir, problems);
        problems.throwIfAny();

        // A map of plain in-memory graphs: the roll calls' 3.7 million quads fit in under 1 GB of heap, where the
        // transactional in-memory dataset's persistent indexes (made for concurrent writers, which this graph,
        // written once and then read, never has) needed several times that.
        DatasetGraph dataset = DatasetGraphFactory.create();
        Registry registry = Txn.calculateWrite(dataset, () -> {
            dataset.addGraph(Ids.ONTOLOGY_GRAPH, ontology);
            dataset.prefixes().putAll(Prefixes.standard());
            return new CuratedDataLoader(ontology, shapes).load(dataDir, dataset);
        });
        return new RightsGraph(dataset, () -> shapes, registry, dataSetGraphs());
    }

    /** The graphs the data sets write: not curated, so not read by the shapes. */
    public List<Node> dataSetGraphs() {
        return dataSets.stream().flatMap(source -> source.graphs().stream()).toList();
    }

    /** Streams the data sets into a graph built in memory; returns it. */
    public RightsGraph addDataSets(RightsGraph inMemory) {
        if (!dataSets.isEmpty()) {
            DatasetGraph dataset = inMemory.dataset();
            Txn.executeWrite(dataset, () -> {
                StreamRDF out = StreamRDFLib.dataset(dataset);
                dataSets.forEach(source -> source.sendTo(inMemory, out));
            });
        }
        return inMemory;
    }

    /** The SHACL shapes alone, for a graph opened from a store rather than built. */
    public Graph shapes() {
        Problems problems = new Problems();
        Graph shapes = OntologyFiles.shapes(ontologyDir, problems);
        problems.throwIfAny();
        return shapes;
    }
}
