package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Unr;

/** The counts every page and file shows, against the graph counted another way. */
class StatisticsTest {
    static final Statistics STATS = Statistics.of(Fixtures.curatedGraph());

    @Test
    void aKindCountsWhatAQueryForItFindsOnTheServer() {
        // The served view infers rdfs:subClassOf, so "?s a unr:Mechanism" finds every kind of mechanism.
        DatasetGraph served = QueryView.of(Fixtures.curatedGraph());
        for (var type : new org.apache.jena.graph.Node[] {Unr.Mechanism, Unr.Body, Unr.Event, Unr.State}) {
            long found = count(served, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + type.getURI() + "> }");
            assertEquals(found, STATS.instancesOfKind(type.getURI()), type.getURI());
        }
        assertTrue(STATS.instancesOfKind(Unr.Mechanism.getURI()) > STATS.instancesPerClass().getOrDefault(Unr.Mechanism.getURI(), 0L),
                "mechanisms are typed by their kind, so the kind counts more than the class as typed");
    }

    @Test
    void triplesAreTheAssertedTriplesOfEveryGraph() {
        RightsGraph graph = Fixtures.curatedGraph();
        long union = Txn.calculateRead(graph.dataset(), () -> SplitDataset.of(graph).curatedUnion().size());
        assertEquals(union, STATS.triples());
        long perGraph = STATS.triplesPerGraph().values().stream().mapToLong(Long::longValue).sum();
        assertTrue(perGraph >= union, "a triple stated in two graphs counts once in the union");
        assertEquals(100.0, STATS.provenanceShare());
    }

    /**
     * A store with a data-set graph is counted by one pass over it (the union through SPARQL costs minutes on the
     * roll calls): the pass must give what the queries give, in memory and in TDB2, with a data-set graph that
     * repeats curated triples and subjects, adds a kind's member and holds a node with and one without provenance.
     */
    @Test
    void countingTheDataSetGraphsByOnePassGivesWhatTheQueriesGive() {
        Node bulk = NodeFactory.createURI("https://w3id.org/un-rights/graph/test-bulk");
        String prk = "https://w3id.org/un-rights/id/state/prk";
        String dataSetTriples = """
                @prefix unr: <https://w3id.org/un-rights/ontology#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                <%s> a unr:State ; unr:isoAlpha2 "KP" ; unr:summary "a triple no curated graph holds"@en .
                <https://w3id.org/un-rights/id/vote/bulk-1> a unr:Vote ; prov:wasDerivedFrom <https://w3id.org/un-rights/id/source/bulk> ;
                    unr:locator "row 1" ; unr:hasBallot <https://w3id.org/un-rights/id/ballot/bulk-1/prk> .
                <https://w3id.org/un-rights/id/ballot/bulk-1/prk> a unr:Ballot ; unr:voter <%s> .
                <https://w3id.org/un-rights/id/mechanism/bulk-sr> a unr:SpecialProcedure .
                <https://w3id.org/un-rights/id/source/bulk> a unr:Source .
                _:b <http://example.org/p> "a blank subject" .
                """.formatted(prk, prk);
        Graph extra = GraphFactory.createDefaultGraph();
        RDFParser.fromString(dataSetTriples, Lang.TURTLE).parse(extra);

        DatasetGraph inMemory = DatasetGraphFactory.createTxnMem();
        DatasetGraph curated = Fixtures.curatedGraph().dataset();
        Txn.executeRead(curated, () -> curated.stream().forEach(inMemory::add));
        Txn.executeWrite(inMemory, () -> extra.find().forEachRemaining(t -> inMemory.add(bulk, t.getSubject(), t.getPredicate(), t.getObject())));
        assertSameCounts(inMemory, bulk);

        DatasetGraph tdb = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> Txn.executeRead(inMemory, () -> inMemory.stream().forEach(tdb::add)));
        assertSameCounts(tdb, bulk);
    }

    private static void assertSameCounts(DatasetGraph dataset, Node bulk) {
        Statistics byQueries = Statistics.of(dataset);
        Statistics byPass = Txn.calculateRead(dataset, () -> Statistics.of(SplitDataset.of(dataset, List.of(bulk))));
        assertEquals(byQueries, byPass);
        assertTrue(byQueries.triplesPerGraph().containsKey(bulk.getURI()));
        assertTrue(byQueries.provenanceShare() < 100.0, "the ballot has no source of its own");
    }

    private static long count(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
