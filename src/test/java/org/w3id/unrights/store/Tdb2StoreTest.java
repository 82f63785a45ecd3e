package org.w3id.unrights.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.graph.BulkSource;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Validation;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.search.Search;
import org.w3id.unrights.search.SearchIndex;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** A store is built once per version of the data, beside the others, and an old one goes only when told. */
class Tdb2StoreTest {
    private static final String FACTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

    @TempDir
    Path dir;

    final StringWriter progress = new StringWriter();

    private StoredGraph open(Path data, Path root) {
        return Tdb2Store.openOrBuild(root, new GraphBuilder(data, Fixtures.ONTOLOGY), g -> Validation.check(g).isEmpty(),
                new PrintWriter(progress, true)).orElseThrow();
    }

    private Path changedData() throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir.resolve("changed"));
        Path source = data.resolve("sources/fixture-source.yaml");
        Files.writeString(source, Files.readString(source).replace("title: A fixture article", "title: A changed fixture article"));
        return data;
    }

    @Test
    void aSecondOpenReusesTheStoreWithoutReadingTheDataAgain() {
        Path root = dir.resolve("stores");
        StoredGraph first = open(Fixtures.MINIMAL, root);
        assertTrue(first.built());
        String answer = new QueryRunner(first.graph()).selectAsCsv(FACTS);
        first.close();

        AtomicInteger checks = new AtomicInteger();
        StoredGraph second = Tdb2Store.openOrBuild(root, new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY),
                g -> checks.incrementAndGet() > 0, new PrintWriter(progress, true)).orElseThrow();
        assertFalse(second.built());
        assertEquals(0, checks.get(), "a reused store is not built or checked again");
        assertEquals(first.dir(), second.dir());
        assertEquals(answer, new QueryRunner(second.graph()).selectAsCsv(FACTS));
        second.close();
    }

    @Test
    void theStoreHoldsWhatTheMemoryBuildHoldsWithItsCountsAndDumps() {
        RightsGraph memory = Fixtures.minimalGraph();
        StoredGraph stored = open(Fixtures.MINIMAL, dir.resolve("stores"));
        DatasetGraph database = stored.graph().dataset();
        Txn.executeRead(memory.dataset(), () -> Txn.executeRead(database, () ->
                assertTrue(IsoMatcher.isomorphic(memory.dataset(), database))));

        assertEquals(memory.statistics(), stored.graph().statistics());
        assertTrue(Files.exists(stored.dir().resolve(Tdb2Store.STATISTICS)), "statistics are read from the file written with the build");
        Path dumps = stored.graph().dumps().orElseThrow();
        for (Dump dump : Dump.values()) {
            assertTrue(Files.isRegularFile(dumps.resolve(dump.fileName())), dump.fileName());
        }
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(dumps.resolve(Dump.TRIG.fileName()).toString());
        Txn.executeRead(database, () -> assertTrue(IsoMatcher.isomorphic(database, trig), "the TriG dump is the store's content"));
        stored.close();
    }

    @Test
    void newDataIsBuiltBesideTheOldStoreWhichGoesOnlyWhenRetired() throws IOException {
        Path root = dir.resolve("stores");
        StoredGraph old = open(Fixtures.MINIMAL, root);
        String oldAnswer = new QueryRunner(old.graph()).selectAsCsv(FACTS);
        old.close();

        StoredGraph fresh = open(changedData(), root);
        assertTrue(fresh.built());
        assertNotEquals(old.dir(), fresh.dir());
        assertTrue(Files.isDirectory(old.dir()), "the old store stays until the new one is in use");
        StoredGraph reopened = open(Fixtures.MINIMAL, root);
        assertFalse(reopened.built());
        assertEquals(oldAnswer, new QueryRunner(reopened.graph()).selectAsCsv(FACTS));
        reopened.close();

        fresh.retireOthers();
        assertFalse(Files.exists(old.dir()));
        assertEquals(List.of(fresh.dir()), storesIn(root));
        fresh.close();
    }

    @Test
    void aFailedBuildLeavesNoPartialStoreAndThePreviousOneAsItWas() throws IOException {
        Path root = dir.resolve("stores");
        StoredGraph old = open(Fixtures.MINIMAL, root);
        String oldAnswer = new QueryRunner(old.graph()).selectAsCsv(FACTS);
        old.close();

        Path bad = changedData();
        Path states = bad.resolve("reference/states.yaml");
        Files.writeString(states, Files.readString(states).replace("m49: \"392\"", "m49: [392"));
        assertThrows(DataException.class, () -> open(bad, root));

        BulkSource failing = new BulkSource() {
            @Override
            public String name() {
                return "a data set whose third row is bad";
            }

            @Override
            public void sendTo(RightsGraph curated, org.apache.jena.riot.system.StreamRDF out) {
                out.quad(quad(1));
                out.quad(quad(2));
                throw new DataException(List.of(new org.w3id.unrights.diagnostics.DataError(
                        new org.w3id.unrights.diagnostics.Location(Path.of("rows.csv"), 3), "option", "not a ballot option")));
            }
        };
        GraphBuilder withBadRows = new GraphBuilder(changedDataAgain(), Fixtures.ONTOLOGY).withBulk(List.of(failing));
        assertThrows(DataException.class, () -> Tdb2Store.openOrBuild(root, withBadRows, g -> true, new PrintWriter(progress, true)));

        assertEquals(List.of(old.dir()), storesIn(root), "nothing but the old store is left");
        StoredGraph reopened = open(Fixtures.MINIMAL, root);
        assertFalse(reopened.built());
        assertEquals(oldAnswer, new QueryRunner(reopened.graph()).selectAsCsv(FACTS));
        reopened.close();
    }

    @Test
    void bulkSourcesStreamIntoTheStoreAndIntoMemoryAlike() {
        BulkSource rows = new BulkSource() {
            @Override
            public String name() {
                return "three rows";
            }

            @Override
            public void sendTo(RightsGraph curated, org.apache.jena.riot.system.StreamRDF out) {
                for (int i = 1; i <= 3; i++) {
                    out.quad(quad(i));
                }
            }
        };
        GraphBuilder builder = new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY).withBulk(List.of(rows));
        RightsGraph memory = builder.build();
        StoredGraph stored = Tdb2Store.openOrBuild(dir.resolve("stores"), builder, g -> Validation.check(g).isEmpty(),
                new PrintWriter(progress, true)).orElseThrow();
        Txn.executeRead(memory.dataset(), () -> Txn.executeRead(stored.graph().dataset(), () -> {
            assertEquals(3, memory.dataset().getGraph(BULK_GRAPH).size());
            assertTrue(IsoMatcher.isomorphic(memory.dataset(), stored.graph().dataset()));
        }));
        assertTrue(progress.toString().contains("Loading three rows"), progress::toString);
        stored.close();
    }

    @Test
    void theTextIndexIsBuiltWithTheStoreFindsVotesByLabelAndSymbolAndNeverBallots() {
        Node vote = Ids.id("vote", "bulk-vote-1");
        Node ballot = Ids.id("ballot", "bulk-vote-1/prk");
        BulkSource rollCall = new BulkSource() {
            @Override
            public String name() {
                return "a roll call";
            }

            @Override
            public List<Node> graphs() {
                return List.of(BULK_GRAPH);
            }

            @Override
            public void sendTo(RightsGraph curated, org.apache.jena.riot.system.StreamRDF out) {
                out.quad(org.apache.jena.sparql.core.Quad.create(BULK_GRAPH, vote, Std.rdfType, Unr.Vote));
                out.quad(org.apache.jena.sparql.core.Quad.create(BULK_GRAPH, vote, Std.rdfsLabel, NodeFactory.createLiteralLang("Recorded vote on Zanzibarian matters", "en")));
                out.quad(org.apache.jena.sparql.core.Quad.create(BULK_GRAPH, vote, Unr.symbol, NodeFactory.createLiteralString("A/RES/99/999")));
                out.quad(org.apache.jena.sparql.core.Quad.create(BULK_GRAPH, ballot, Std.rdfType, Unr.Ballot));
                out.quad(org.apache.jena.sparql.core.Quad.create(BULK_GRAPH, ballot, Std.rdfsLabel, NodeFactory.createLiteralLang("Zanzibarian ballot", "en")));
            }
        };
        GraphBuilder builder = new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY).withBulk(List.of(rollCall));
        Path root = dir.resolve("stores");
        StoredGraph stored = Tdb2Store.openOrBuild(root, builder, g -> Validation.check(g).isEmpty(), new PrintWriter(progress, true)).orElseThrow();
        assertTrue(Files.isDirectory(stored.dir().resolve(Tdb2Store.TEXT)), "the index lives in the store's folder");
        assertTrue(progress.toString().contains("Built the text index"), progress::toString);
        stored.close();

        // Reopened as a later start would: the index is read from disk, not built again.
        StoredGraph reopened = Tdb2Store.openOrBuild(root, builder, g -> { throw new AssertionError("not built again"); },
                new PrintWriter(progress, true)).orElseThrow();
        RightsGraph memory = builder.build();
        for (RightsGraph graph : List.of(reopened.graph(), memory)) {
            TextIndex index = graph.textIndex().orElseGet(() -> SearchIndex.inMemory(graph.dataset()));
            List<Node> byWord = Txn.calculateRead(graph.dataset(), () -> new Search(index, graph.dataset()).find("zanzibarian")
                    .stream().map(Search.Hit::resource).toList());
            assertEquals(List.of(vote), byWord, "the vote, never its ballot");
            List<Node> bySymbol = Txn.calculateRead(graph.dataset(), () -> new Search(index, graph.dataset()).find("A/RES/99/999")
                    .stream().map(Search.Hit::resource).toList());
            assertEquals(List.of(vote), bySymbol);
        }
        reopened.close();
    }

    private Path changedDataAgain() throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir.resolve("changed-again"));
        Path source = data.resolve("sources/fixture-source.yaml");
        Files.writeString(source, Files.readString(source).replace("title: A fixture article", "title: Another fixture article"));
        return data;
    }

    private static final Node BULK_GRAPH = Ids.graph("test-bulk");

    private static org.apache.jena.sparql.core.Quad quad(int row) {
        return org.apache.jena.sparql.core.Quad.create(BULK_GRAPH, Ids.id("row", Integer.toString(row)),
                NodeFactory.createURI("https://example.org/row"), NodeFactory.createLiteralString("row " + row));
    }

    private static List<Path> storesIn(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.sorted().toList();
        }
    }
}
