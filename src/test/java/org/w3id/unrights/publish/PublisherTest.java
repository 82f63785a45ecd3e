package org.w3id.unrights.publish;

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.graph.DataSet;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.search.Search;
import org.w3id.unrights.store.StoreRoom;
import org.w3id.unrights.store.Tdb2Store;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The publisher's store: built once per version of the data, beside the others, holding what a build in memory
 * holds; an old store goes only when told; a failed build leaves nothing behind.
 */
class PublisherTest {
    private static final String FACTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

    @TempDir
    Path dir;

    final StringWriter progress = new StringWriter();

    private Publisher publisher(GraphBuilder sources) {
        return Publisher.of(sources, new Progress(new PrintWriter(progress, true), false));
    }

    private Publication open(Path data, Path root) {
        return publisher(new GraphBuilder(data, Fixtures.ONTOLOGY)).inStore(root).orElseThrow();
    }

    private static Path dirOf(Publication publication) {
        return publication.storeDir().orElseThrow();
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
        Publication first = open(Fixtures.MINIMAL, root);
        assertTrue(first.built());
        String answer = new QueryRunner(first.graph()).selectAsCsv(FACTS);
        first.close();
        assertTrue(progress.toString().contains("check:"), progress::toString);

        progress.getBuffer().setLength(0);
        Publication second = open(Fixtures.MINIMAL, root);
        assertFalse(second.built());
        assertEquals("", progress.toString(), "a reused store is not read, checked or built again");
        assertEquals(dirOf(first), dirOf(second));
        assertEquals(answer, new QueryRunner(second.graph()).selectAsCsv(FACTS));
        second.close();
    }

    @Test
    void theStoreHoldsWhatTheMemoryBuildHoldsWithItsCountsAndDumps() {
        RightsGraph memory = Fixtures.minimalGraph();
        Publication stored = open(Fixtures.MINIMAL, dir.resolve("stores"));
        DatasetGraph database = stored.graph().dataset();
        Txn.executeRead(memory.dataset(), () -> Txn.executeRead(database, () ->
                assertTrue(IsoMatcher.isomorphic(memory.dataset(), database))));

        assertEquals(Statistics.of(memory), stored.statistics());
        assertTrue(Files.exists(dirOf(stored).resolve(Tdb2Store.STATISTICS)), "statistics are read from the file written with the build");
        assertFalse(stored.dumps().complete(), "the dumps are written when asked for, after the build");
        Path dumps = stored.dumps().awaitWritten().dir();
        for (Dump dump : Dump.values()) {
            assertTrue(Files.isRegularFile(dumps.resolve(dump.fileName())), dump.fileName());
        }
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(dumps.resolve(Dump.TRIG.fileName()).toString());
        Txn.executeRead(database, () -> assertTrue(IsoMatcher.isomorphic(Fixtures.asserted(database), trig), "the TriG dump is the store's content"));
        DatasetGraph computed = RDFDataMgr.loadDatasetGraph(dumps.resolve(Dump.COMPUTED.fileName()).toString());
        Txn.executeRead(database, () -> assertTrue(database.getGraph(Ids.COMPUTED_GRAPH).isIsomorphicWith(computed.getGraph(Ids.COMPUTED_GRAPH)),
                "the computed counts are dumped apart"));
        stored.close();
    }

    /** A store of the minimal fixture as a start that ended leaves it: its folder, and what it answered. */
    private record Closed(Path dir, String answer) {}

    private Closed builtAndClosed(Path root) {
        Publication built = open(Fixtures.MINIMAL, root);
        Closed closed = new Closed(dirOf(built), new QueryRunner(built.graph()).selectAsCsv(FACTS));
        built.close();
        return closed;
    }

    /** The next start on the minimal fixture reuses {@code old}, untouched. */
    private void assertReused(Path root, Closed old) {
        Publication reopened = open(Fixtures.MINIMAL, root);
        assertFalse(reopened.built());
        assertEquals(old.answer(), new QueryRunner(reopened.graph()).selectAsCsv(FACTS));
        reopened.close();
    }

    @Test
    void newDataIsBuiltBesideTheOldStoreWhichGoesOnlyWhenRetired() throws IOException {
        Path root = dir.resolve("stores");
        Closed old = builtAndClosed(root);

        Publication fresh = open(changedData(), root);
        assertTrue(fresh.built());
        assertNotEquals(old.dir(), dirOf(fresh));
        assertTrue(Files.isDirectory(old.dir()), "the old store stays until the new one is in use");
        assertReused(root, old);

        fresh.retireOthers();
        assertFalse(Files.exists(old.dir()));
        assertEquals(List.of(dirOf(fresh)), storesIn(root));
        fresh.close();
    }

    @Test
    void aFailedBuildLeavesNoPartialStoreAndThePreviousOneAsItWas() throws IOException {
        Path root = dir.resolve("stores");
        Closed old = builtAndClosed(root);

        Path bad = changedData();
        Path states = bad.resolve("reference/states.yaml");
        Files.writeString(states, Files.readString(states).replace("m49: \"392\"", "m49: [392"));
        assertThrows(DataException.class, () -> open(bad, root));

        DataSet failing = new FixedSource("a data set whose third row is bad", List.of(quad(1), quad(2)),
                new DataException(List.of(new org.w3id.unrights.diagnostics.DataError(
                        new org.w3id.unrights.diagnostics.FilePosition(Path.of("rows.csv"), 3), "option", "not a ballot option"))));
        GraphBuilder withBadRows = new GraphBuilder(changedDataAgain(), Fixtures.ONTOLOGY).withDataSets(List.of(failing));
        assertThrows(DataException.class, () -> publisher(withBadRows).inStore(root));

        assertEquals(List.of(old.dir()), storesIn(root), "nothing but the old store is left");
        assertReused(root, old);
    }

    @Test
    void aDiskWithoutRoomForAStoreAsLargeAsTheLastRefusesTheBuildBeforeItBegins() throws IOException {
        Path root = dir.resolve("stores");
        Closed old = builtAndClosed(root);

        GraphBuilder changed = new GraphBuilder(changedData(), Fixtures.ONTOLOGY);
        progress.getBuffer().setLength(0);
        StoreRoom.NoRoomException refused = assertThrows(StoreRoom.NoRoomException.class,
                () -> publisher(changed).onDisk(folder -> 4096).inStore(root));
        assertTrue(refused.getMessage().startsWith("the disk holding " + root + " has 0 MB free, and a store of about "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("free some space, or give --store a folder on a disk with room"), refused.getMessage());
        assertFalse(progress.toString().contains("load:"), "refused before the load");

        assertEquals(List.of(old.dir()), storesIn(root), "nothing but the old store is left");
        assertReused(root, old);
        Publication roomy = publisher(changed).onDisk(folder -> 1L << 30).inStore(root).orElseThrow();
        assertTrue(roomy.built(), "built where there is room");
        roomy.close();
    }

    /** The disk fills while the quads stream in: the load stops on its own thread, with no loader thread left waiting. */
    @Test
    @Timeout(120)
    void aDiskFillingDuringTheLoadStopsTheBuildAndLeavesNothing() throws IOException {
        Path root = dir.resolve("stores");
        DataSet manyRows = new FixedSource("more rows than one look at the disk",
                LongStream.rangeClosed(1, 2 * StoreRoom.LOOK_EVERY).mapToObj(row -> quad((int) row)).toList(), null);
        GraphBuilder builder = new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY).withDataSets(List.of(manyRows));
        AtomicLong looks = new AtomicLong();
        // Room for the first look's quads, none at the second.
        StoreRoom.Disk filling = folder -> looks.incrementAndGet() == 1 ? 1L << 40 : 1L << 20;
        StoreRoom.NoRoomException refused = assertThrows(StoreRoom.NoRoomException.class,
                () -> publisher(builder).onDisk(filling).inStore(root));
        assertTrue(refused.getMessage().contains("has 1 MB free, and the indexes of the " + String.format("%,d", 2 * StoreRoom.LOOK_EVERY)
                + " quads loaded so far need about "), refused.getMessage());
        assertEquals(2, looks.get());
        assertEquals(List.of(), storesIn(root), "no partial store is left");
        Publication built = publisher(builder).inStore(root).orElseThrow();
        assertEquals(2 * StoreRoom.LOOK_EVERY, (long) Txn.calculateRead(built.graph().dataset(), () -> built.graph().dataset().getGraph(DATA_SET_GRAPH).size()),
                "the same build goes through on the actual disk");
        built.close();
    }

    @Test
    void dataSetsStreamIntoTheStoreAndIntoMemoryAlike() {
        DataSet rows = new FixedSource("three rows", List.of(quad(1), quad(2), quad(3)), null);
        GraphBuilder builder = new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY).withDataSets(List.of(rows));
        RightsGraph memory = builder.build();
        Publication stored = publisher(builder).inStore(dir.resolve("stores")).orElseThrow();
        Txn.executeRead(memory.dataset(), () -> Txn.executeRead(stored.graph().dataset(), () -> {
            assertEquals(3, memory.dataset().getGraph(DATA_SET_GRAPH).size());
            assertTrue(IsoMatcher.isomorphic(memory.dataset(), stored.graph().dataset()));
        }));
        assertTrue(progress.toString().contains("load:"), progress::toString);
        stored.close();
    }

    @Test
    void theDataDumpsSendTheDataSetsAgainAndHoldWhatTheStoreHolds() {
        // A data set whose stream splits one subject's triples and repeats a triple of the curated graphs.
        Triple curatedTriple = Txn.calculateRead(Fixtures.minimalGraph().dataset(), () ->
                Fixtures.minimalGraph().dataset().getGraph(Ids.REFERENCE_GRAPH).find().next());
        Node row = Ids.id("row", "1");
        DataSet rows = new FixedSource("split rows", List.of(quad(1), quad(2),
                Quad.create(DATA_SET_GRAPH, row, NodeFactory.createURI("https://example.org/again"), NodeFactory.createLiteralString("later")),
                Quad.create(DATA_SET_GRAPH, curatedTriple)), null);
        GraphBuilder builder = new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY).withDataSets(List.of(rows));
        Publication stored = publisher(builder).inStore(dir.resolve("stores")).orElseThrow();
        Path dumps = stored.dumps().awaitWritten().dir();
        DatasetGraph database = stored.graph().dataset();
        Txn.executeRead(database, () -> {
            DatasetGraph trig = RDFDataMgr.loadDatasetGraph(dumps.resolve(Dump.TRIG.fileName()).toString());
            assertTrue(IsoMatcher.isomorphic(Fixtures.asserted(database), trig), "the TriG dump holds the store's quads");
            Graph union = Fixtures.asserted(database).getUnionGraph();
            for (Dump dump : List.of(Dump.TURTLE, Dump.NTRIPLES, Dump.JSONLD)) {
                Graph parsed = RDFDataMgr.loadGraph(dumps.resolve(dump.fileName()).toString());
                assertTrue(IsoMatcher.isomorphic(union, parsed), dump.fileName() + " holds the union of the store's graphs");
            }
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                    Files.newInputStream(dumps.resolve(Dump.NTRIPLES.fileName())))))) {
                assertEquals(union.size(), lines.lines().count(), "each triple once, the repeated curated one too");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        stored.close();
    }

    @Test
    void theVoteMatrixIsGatheredAsTheBallotsLoadAndKeptWithTheStore() {
        Node vote = Ids.id("vote", "test-1");
        Node ballot = Ids.id("ballot", "test-1/a");
        Node other = Ids.id("ballot", "test-1/b");
        DataSet record = new FixedSource("one roll call", List.of(
                Quad.create(DATA_SET_GRAPH, vote, Unr.date, NodeFactory.createLiteralDT("2001-10-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)),
                Quad.create(DATA_SET_GRAPH, vote, Unr.hasBallot, ballot),
                Quad.create(DATA_SET_GRAPH, ballot, Unr.voter, Ids.id("state", "a")),
                Quad.create(DATA_SET_GRAPH, ballot, Unr.option, Ids.concept("vote-option", "yes")),
                Quad.create(DATA_SET_GRAPH, vote, Unr.hasBallot, other),
                Quad.create(DATA_SET_GRAPH, other, Unr.voter, Ids.id("state", "b")),
                Quad.create(DATA_SET_GRAPH, other, Unr.option, Ids.concept("vote-option", "abstain"))), null);
        GraphBuilder builder = new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY).withDataSets(List.of(record));
        String agreement = "SELECT ?b ?shared ?same ?index WHERE { (<" + Ids.id("state", "a").getURI()
                + "> ?b) <https://w3id.org/un-rights/function#agreement> (?shared ?same ?index) }";
        String expected = "b,shared,same,index\r\n" + Ids.id("state", "b").getURI() + ",1,0,0.5000\r\n";
        assertEquals(expected, new QueryRunner(publisher(builder).inMemory().orElseThrow().graph()).selectAsCsv(agreement), "gathered in memory");

        Path root = dir.resolve("stores");
        Publication built = publisher(builder).inStore(root).orElseThrow();
        Path votes = built.storeDir().orElseThrow().resolve(Tdb2Store.VOTES);
        assertTrue(Files.isRegularFile(votes), "kept beside the database");
        assertEquals(expected, new QueryRunner(built.graph()).selectAsCsv(agreement), "gathered into the store");
        built.close();
        Publication reopened = publisher(builder).inStore(root).orElseThrow();
        assertFalse(reopened.built());
        assertEquals(expected, new QueryRunner(reopened.graph()).selectAsCsv(agreement), "read back from the store");
        reopened.close();
    }

    @Test
    void aServerOnANewStoreHasTheFolderOfItsDumpsBeforeAnyIsWritten() {
        Publication stored = open(Fixtures.MINIMAL, dir.resolve("stores"));
        Path dumps = stored.dumps().dir();
        assertFalse(Files.exists(dumps), "the build writes no dump");
        org.apache.jena.fuseki.main.FusekiServer server = org.w3id.unrights.serve.RightsServer.create(stored,
                org.w3id.unrights.serve.ServerSettings.defaults().withPort(0)).start();
        try {
            assertTrue(Files.isDirectory(dumps), "Jetty serves /dumps/ from a folder that is there");
            assertFalse(stored.dumps().complete());
        } finally {
            server.stop();
            stored.close();
        }
    }

    @Test
    void theTextIndexIsBuiltWithTheStoreFindsVotesByLabelAndSymbolAndNeverBallots() {
        Node vote = Ids.id("vote", "bulk-vote-1");
        Node ballot = Ids.id("ballot", "bulk-vote-1/prk");
        DataSet rollCall = new FixedSource("a roll call", List.of(
                Quad.create(DATA_SET_GRAPH, vote, Std.rdfType, Unr.Vote),
                Quad.create(DATA_SET_GRAPH, vote, Std.rdfsLabel, NodeFactory.createLiteralLang("Recorded vote on Zanzibarian matters", "en")),
                Quad.create(DATA_SET_GRAPH, vote, Unr.symbol, NodeFactory.createLiteralString("A/RES/99/999")),
                Quad.create(DATA_SET_GRAPH, ballot, Std.rdfType, Unr.Ballot),
                Quad.create(DATA_SET_GRAPH, ballot, Std.rdfsLabel, NodeFactory.createLiteralLang("Zanzibarian ballot", "en"))), null);
        GraphBuilder builder = new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY).withDataSets(List.of(rollCall));
        Path root = dir.resolve("stores");
        Publication stored = publisher(builder).inStore(root).orElseThrow();
        assertTrue(Files.isDirectory(dirOf(stored).resolve(Tdb2Store.TEXT)), "the index lives in the store's folder");
        assertTrue(progress.toString().contains("index:"), progress::toString);
        stored.close();

        // Reopened as a later start would: the index is read from disk, not built again.
        progress.getBuffer().setLength(0);
        Publication reopened = publisher(builder).inStore(root).orElseThrow();
        assertFalse(reopened.built());
        assertEquals("", progress.toString(), "nothing is built again");
        Publication memory = publisher(builder).inMemory().orElseThrow();
        for (Publication publication : List.of(reopened, memory)) {
            RightsGraph graph = publication.graph();
            TextIndex index = publication.textIndex();
            List<Node> byWord = Txn.calculateRead(graph.dataset(), () -> new Search(index, graph.dataset()).find("zanzibarian")
                    .stream().map(Search.Hit::resource).toList());
            assertEquals(List.of(vote), byWord, "the vote, never its ballot");
            List<Node> bySymbol = Txn.calculateRead(graph.dataset(), () -> new Search(index, graph.dataset()).find("A/RES/99/999")
                    .stream().map(Search.Hit::resource).toList());
            assertEquals(List.of(vote), bySymbol);
        }
        reopened.close();
    }

    @Test
    void dumpsCutShortAreWrittenAgainAtTheNextStartByteForByte() throws IOException {
        Path root = dir.resolve("stores");
        Publication first = open(Fixtures.MINIMAL, root);
        Path dumps = first.dumps().awaitWritten().dir();
        java.util.Map<String, byte[]> whole = new java.util.TreeMap<>();
        for (Dump dump : Dump.values()) {
            whole.put(dump.fileName(), Files.readAllBytes(dumps.resolve(dump.fileName())));
        }
        first.close();

        // What a kill while writing leaves: one file half written under its temporary name, the rest not yet there.
        Path trig = dumps.resolve(Dump.TRIG.fileName());
        byte[] half = java.util.Arrays.copyOf(whole.get(Dump.TRIG.fileName()), whole.get(Dump.TRIG.fileName()).length / 2);
        Files.write(trig.resolveSibling(trig.getFileName() + ".partial"), half);
        Files.delete(trig);
        Files.delete(dumps.resolve(Dump.JSONLD.fileName()));
        Files.delete(dumps.resolve(Dump.VOID.fileName()));

        Publication again = open(Fixtures.MINIMAL, root);
        assertFalse(again.built(), "the store itself was whole");
        assertFalse(again.dumps().ready(Dump.TRIG));
        assertTrue(again.dumps().ready(Dump.TURTLE), "what was whole is served at once");
        again.dumps().awaitWritten();
        for (Dump dump : Dump.values()) {
            assertTrue(java.util.Arrays.equals(whole.get(dump.fileName()), Files.readAllBytes(dumps.resolve(dump.fileName()))),
                    dump.fileName() + " is the same, byte for byte");
        }
        try (Stream<Path> left = Files.list(dumps)) {
            assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".partial")).toList(), "no temporary file is left");
        }
        again.close();
    }

    private Path changedDataAgain() throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir.resolve("changed-again"));
        Path source = data.resolve("sources/fixture-source.yaml");
        Files.writeString(source, Files.readString(source).replace("title: A fixture article", "title: Another fixture article"));
        return data;
    }

    private static final Node DATA_SET_GRAPH = Ids.graph("test-bulk");

    /** A data set of fixed quads, naming the graphs they are in; {@code failure}, if given, is thrown after them. */
    private record FixedSource(String name, List<Quad> quads, DataException failure) implements DataSet {
        @Override
        public List<Node> graphs() {
            return quads.stream().map(Quad::getGraph).distinct().toList();
        }

        @Override
        public void sendTo(RightsGraph curated, StreamRDF out) {
            quads.forEach(out::quad);
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static Quad quad(int row) {
        return Quad.create(DATA_SET_GRAPH, Ids.id("row", Integer.toString(row)),
                NodeFactory.createURI("https://example.org/row"), NodeFactory.createLiteralString("row " + row));
    }

    private static List<Path> storesIn(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.sorted().toList();
        }
    }
}
