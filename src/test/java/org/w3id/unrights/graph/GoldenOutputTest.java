package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Unr;

/**
 * The whole output of the loaders for the minimal fixture, compared with an expected TriG graph by graph by
 * isomorphism, so that any change to what the data becomes shows as a diff to review. The ontology graph is
 * left out (it is the ontology files themselves, checked elsewhere), and so are the counts computed from the
 * loaders' output (graph/computed, checked by {@code ComputedCountsTest}). After an intended change, rewrite the
 * expected file with {@code mvn -B -q test -Dtest=GoldenOutputTest -Dgolden.update=true} and review its diff.
 */
class GoldenOutputTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/minimal.trig");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @Test
    void theMinimalFixtureGivesExactlyTheExpectedGraphs() throws IOException {
        DatasetGraph built = dataGraphs(Fixtures.minimalGraph());
        if (UPDATE) {
            Files.createDirectories(GOLDEN.getParent());
            try (OutputStream out = Files.newOutputStream(GOLDEN)) {
                RDFDataMgr.write(out, built, RDFFormat.TRIG_PRETTY);
            }
        }
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(GOLDEN.toString(), Lang.TRIG);

        assertEquals(List.of(), differences(expected, built),
                "the loaders' output changed: review, then rewrite " + GOLDEN + " with -Dgolden.update=true");
    }

    /** The comparison is not blind: one triple less in one graph is reported, and only that graph. */
    @Test
    void aSingleMissingTripleIsReportedWithItsGraph() {
        DatasetGraph expected = dataGraphs(Fixtures.minimalGraph());
        DatasetGraph changed = dataGraphs(Fixtures.minimalGraph());
        Node graph = Ids.graph("fixture-source");
        changed.delete(graph, Ids.id("vote", "fixture-vote"), Unr.certainty, Ids.concept("certainty", "stated"));

        assertEquals(List.of(graph.getURI()), differences(expected, changed));
    }

    /** The names of the graphs that are missing, added, or not isomorphic. */
    static List<String> differences(DatasetGraph expected, DatasetGraph actual) {
        Set<Node> names = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        expected.listGraphNodes().forEachRemaining(names::add);
        actual.listGraphNodes().forEachRemaining(names::add);
        List<String> differing = new ArrayList<>();
        for (Node name : names) {
            Graph a = expected.getGraph(name);
            Graph b = actual.getGraph(name);
            if (!expected.containsGraph(name) || !actual.containsGraph(name) || !a.isIsomorphicWith(b)) {
                differing.add(name.getURI());
            }
        }
        if (!expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph())) {
            differing.add("default graph");
        }
        return differing;
    }

    /** A copy of the data graphs of a built graph: the reference graph and one graph per source. */
    static DatasetGraph dataGraphs(RightsGraph graph) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        copy.prefixes().putAll(Prefixes.standard());
        Txn.executeRead(graph.dataset(), () -> graph.dataset().find().forEachRemaining(q -> {
            if (!q.getGraph().equals(Ids.ONTOLOGY_GRAPH) && !q.getGraph().equals(Ids.COMPUTED_GRAPH)) {
                copy.add(q);
            }
        }));
        assertTrue(copy.listGraphNodes().hasNext());
        return copy;
    }
}
