package org.w3id.unrights.graph;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.load.DataLoader;
import org.w3id.unrights.load.Problems;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.load.dataset.DataSets;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * The one path from files to graph that every entry point uses (server, export, validate, query, tests):
 * ontology files, then the curated data files, then the bulk data sets streamed in, into a fresh in-memory
 * dataset. Nothing is returned unless all loaded.
 */
public final class GraphBuilder {
    private final Path dataDir;
    private final Path ontologyDir;

    public GraphBuilder(Path dataDir, Path ontologyDir) {
        this.dataDir = dataDir;
        this.ontologyDir = ontologyDir;
    }

    /** Builds the graph; throws {@link org.w3id.unrights.load.DataException} naming every bad file and line. */
    public RightsGraph build() {
        Problems problems = new Problems();
        Graph ontology = OntologyFiles.ontology(ontologyDir, problems);
        Graph shapes = OntologyFiles.shapes(ontologyDir, problems);
        problems.throwIfAny();

        // Graphs of plain in-memory triples (GraphMem2), not the transactional in-memory dataset: several times
        // faster to fill and smaller per triple, which a data set of millions of triples needs. A failed load is
        // never served, so the rollback that dataset would offer is not needed.
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        List<Node> dataSetGraphs = new ArrayList<>();
        Registry registry = Txn.calculateWrite(dataset, () -> {
            dataset.addGraph(Ids.ONTOLOGY_GRAPH, ontology);
            dataset.prefixes().putAll(Prefixes.standard());
            Registry curated = new DataLoader(ontology).load(dataDir, dataset);
            // Data sets stream in after the reference tables their rows point at.
            dataSetGraphs.addAll(DataSets.load(dataDir, dataset.getGraph(Ids.REFERENCE_GRAPH), StreamRDFLib.dataset(dataset)));
            return curated;
        });
        return new RightsGraph(dataset, shapes, registry, dataSetGraphs);
    }
}
