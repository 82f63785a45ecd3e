package org.w3id.unrights.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;

/** The dumps parse back into exactly the graph that was built. */
class ExportTest {
    @TempDir
    Path out;

    @Test
    void trigKeepsEveryNamedGraphAndParsesBackIsomorphic() {
        RightsGraph graph = Fixtures.curatedGraph();
        Exporter.write(graph, org.w3id.unrights.graph.DataSetQuads.NONE, Statistics.of(graph), out, Release.current());

        DatasetGraph parsed = RDFDataMgr.loadDatasetGraph(out.resolve(Exporter.TRIG).toString());

        Txn.executeRead(graph.dataset(), () -> {
            assertTrue(IsoMatcher.isomorphic(Fixtures.asserted(graph.dataset()), parsed), "TriG dump differs from the built dataset");
            assertFalse(parsed.containsGraph(Ids.COMPUTED_GRAPH), "the counts computed at build are dumped apart");
            Graph computed = RDFDataMgr.loadDatasetGraph(out.resolve(Dump.COMPUTED.fileName()).toString()).getGraph(Ids.COMPUTED_GRAPH);
            assertTrue(computed.size() > 50);
            assertTrue(graph.dataset().getGraph(Ids.COMPUTED_GRAPH).isIsomorphicWith(computed), "the dump of the computed counts");
            Set<Node> names = new HashSet<>();
            parsed.listGraphNodes().forEachRemaining(names::add);
            assertTrue(names.contains(Ids.REFERENCE_GRAPH));
            assertTrue(names.contains(Ids.ONTOLOGY_GRAPH));
            assertTrue(names.containsAll(graph.sourceGraphs()));
            assertEquals(graph.sourceGraphs().size() + 2, names.size());
        });
    }

    @Test
    void voidGivesTheCountsOfStatistics() {
        RightsGraph graph = Fixtures.curatedGraph();
        Exporter.write(graph, org.w3id.unrights.graph.DataSetQuads.NONE, Statistics.of(graph), out, Release.current());
        Statistics stats = Statistics.of(graph);

        Graph description = RDFDataMgr.loadGraph(out.resolve(Dump.VOID.fileName()).toString());

        assertEquals(stats.triples(), number(description, Ids.DATASET, DatasetTerms.voidTriples));
        assertEquals(stats.entities(), number(description, Ids.DATASET, DatasetTerms.voidEntities));
        description.find(Ids.DATASET, DatasetTerms.voidClassPartition, Node.ANY).forEachRemaining(t -> {
            Node type = description.find(t.getObject(), DatasetTerms.voidClass, Node.ANY).next().getObject();
            assertEquals(stats.instancesPerClass().get(type.getURI()), number(description, t.getObject(), DatasetTerms.voidEntities), type::getURI);
        });
        assertEquals(stats.instancesPerClass().size(), description.find(Ids.DATASET, DatasetTerms.voidClassPartition, Node.ANY).toList().size());
    }

    private static long number(Graph graph, Node subject, Node property) {
        return Long.parseLong(graph.find(subject, property, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void turtleIsTheUnionOfAllGraphs() {
        RightsGraph graph = Fixtures.curatedGraph();
        Exporter.write(graph, org.w3id.unrights.graph.DataSetQuads.NONE, Statistics.of(graph), out, Release.current());

        Graph parsed = RDFDataMgr.loadGraph(out.resolve(Exporter.TURTLE).toString());

        Txn.executeRead(graph.dataset(), () ->
                assertTrue(Fixtures.asserted(graph.dataset()).getUnionGraph().isIsomorphicWith(parsed), "Turtle dump differs from the union"));
    }
}
