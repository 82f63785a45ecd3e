package org.w3id.unrights.graph;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.load.DataLoader;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * The one path from files to graph that every entry point uses (server, export, validate, query, tests):
 * ontology files, then data files, into a fresh in-memory dataset. Nothing is returned unless all loaded.
 */
public final class GraphBuilder {
    private final Path dataDir;
    private final Path ontologyDir;

    public GraphBuilder(Path dataDir, Path ontologyDir) {
        this.dataDir = dataDir;
        this.ontologyDir = ontologyDir;
    }

    /** Builds the graph; throws {@link org.w3id.unrights.diagnostics.DataException} naming every bad file and line. */
    public RightsGraph build() {
        Problems problems = new Problems();
        Graph ontology = OntologyFiles.ontology(ontologyDir, problems);
        Graph shapes = OntologyFiles.shapes(ontologyDir, problems);
        problems.throwIfAny();

        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Registry registry = Txn.calculateWrite(dataset, () -> {
            dataset.addGraph(Ids.ONTOLOGY_GRAPH, ontology);
            dataset.prefixes().putAll(Prefixes.standard());
            return new DataLoader(ontology, shapes).load(dataDir, dataset);
        });
        return new RightsGraph(dataset, shapes, registry);
    }
}
