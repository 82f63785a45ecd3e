package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;

/** Every node a source graph describes says which source it comes from and where in it. */
class ProvenanceTest {
    static final String WITHOUT_PROVENANCE = Prefixes.sparqlPrologue() + """
            SELECT DISTINCT ?g ?node WHERE {
              GRAPH ?g { ?node ?p ?o }
              # the reference tables and the ontology have provenance of their own; graph/computed holds counts, not facts
              FILTER (?g NOT IN (<https://w3id.org/un-rights/graph/reference>, <https://w3id.org/un-rights/graph/ontology>,
                                 <https://w3id.org/un-rights/graph/computed>))
              FILTER NOT EXISTS { GRAPH ?g { ?node a unr:Source } }
              FILTER NOT EXISTS { GRAPH ?g { ?node prov:wasDerivedFrom ?source ; unr:locator ?locator } }
            }""";

    /** The curated sources; the roll-call data set's provenance is checked by {@link RollCallDataSetTest}. */
    @Test
    void everyFactNodeOfTheShippedDataHasSourceAndLocator() {
        List<String> missing = new ArrayList<>();
        new QueryRunner(Fixtures.curatedGraph()).select(WITHOUT_PROVENANCE,
                rs -> rs.forEachRemaining(row -> missing.add(row.get("g") + " " + row.get("node"))));
        assertEquals(List.of(), missing);
    }

    @Test
    void theCheckFindsANodeThatLacksProvenance() {
        RightsGraph graph = Fixtures.minimalGraph();
        Txn.executeWrite(graph.dataset(), () -> graph.dataset().add(
                Ids.graph("fixture-source"),
                Ids.id("event", "orphan"),
                Std.rdfsLabel,
                NodeFactory.createLiteralString("an event with no source")));
        List<String> missing = new ArrayList<>();
        new QueryRunner(graph).select(WITHOUT_PROVENANCE, rs -> rs.forEachRemaining(row -> missing.add(row.get("node").toString())));
        assertEquals(List.of("https://w3id.org/un-rights/id/event/orphan"), missing);
    }

    @Test
    void eachCuratedSourceHasItsOwnNamedGraph() {
        List<Node> graphs = Fixtures.curatedGraph().sourceGraphs();
        assertTrue(graphs.contains(Ids.graph("kei-2019-king-sr-engagement")), graphs::toString);
    }
}
