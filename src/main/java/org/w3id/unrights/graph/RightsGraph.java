package org.w3id.unrights.graph;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.diagnostics.Location;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.vocab.Ids;

/**
 * The built graph: a dataset with one named graph per source plus the reference and ontology graphs, the
 * SHACL shapes it was checked against, and where in the data each thing was defined.
 */
public final class RightsGraph {
    private final DatasetGraph dataset;
    private final Graph shapes;
    private final Registry registry;

    RightsGraph(DatasetGraph dataset, Graph shapes, Registry registry) {
        this.dataset = dataset;
        this.shapes = shapes;
        this.registry = registry;
    }

    /** The same graph held in another store (see {@link Tdb2Store}). */
    RightsGraph backedBy(DatasetGraph store) {
        return new RightsGraph(store, shapes, registry);
    }

    /** The named graphs as built; the default graph is empty (see {@link UnionDefaultGraph} for serving). */
    public DatasetGraph dataset() {
        return dataset;
    }

    public Graph shapes() {
        return shapes;
    }

    /** The file and line that defined a thing, for reports that should point back at the data. */
    public Optional<Location> origin(Node thing) {
        return registry.definition(thing).map(Registry.Definition::location);
    }

    /** Names of the graphs that hold source facts, one per curated source. */
    public List<Node> sourceGraphs() {
        List<Node> graphs = new java.util.ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(Ids.REFERENCE_GRAPH) && !g.equals(Ids.ONTOLOGY_GRAPH)) {
                graphs.add(g);
            }
        });
        graphs.sort(java.util.Comparator.comparing(Node::getURI));
        return graphs;
    }
}
