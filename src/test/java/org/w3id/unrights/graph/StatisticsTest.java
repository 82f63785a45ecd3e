package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Unr;

/** The counts every page and file shows, against the graph counted another way. */
class StatisticsTest {
    static final Statistics STATS = Statistics.of(Fixtures.shippedGraph());

    @Test
    void aKindCountsWhatAQueryForItFindsOnTheServer() {
        // The served view infers rdfs:subClassOf, so "?s a unr:Mechanism" finds every kind of mechanism.
        DatasetGraph served = QueryView.of(Fixtures.shippedGraph());
        for (var type : new org.apache.jena.graph.Node[] {Unr.Mechanism, Unr.Body, Unr.Event, Unr.State}) {
            long found = count(served, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + type.getURI() + "> }");
            assertEquals(found, STATS.instancesOfKind(type.getURI()), type.getURI());
        }
        assertTrue(STATS.instancesOfKind(Unr.Mechanism.getURI()) > STATS.instancesPerClass().getOrDefault(Unr.Mechanism.getURI(), 0L),
                "mechanisms are typed by their kind, so the kind counts more than the class as typed");
    }

    @Test
    void triplesAreTheAssertedTriplesOfEveryGraph() {
        RightsGraph graph = Fixtures.shippedGraph();
        long union = Txn.calculateRead(graph.dataset(), () -> graph.dataset().getUnionGraph().size());
        assertEquals(union, STATS.triples());
        long perGraph = STATS.triplesPerGraph().values().stream().mapToLong(Long::longValue).sum();
        assertTrue(perGraph >= union, "a triple stated in two graphs counts once in the union");
        assertEquals(100.0, STATS.provenanceShare());
    }

    private static long count(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
