package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.publish.TemporaryFolder;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The counts taken from a load stream as it passes, against the same counts taken from what it loaded. */
class StreamStatisticsTest {
    private static final Node ROLL_CALLS = Ids.graph("unga-rollcalls");
    /** The shipped data in full (some 30 s and 1 GB of heap): loaded once per test JVM. */
    private static Load shipped;

    /** What one load sent and what its target then held. */
    private record Load(Statistics streamed, DatasetGraph target, List<Node> dataSetGraphs, long dataSetQuadsSent) {
        Statistics reread() {
            return Txn.calculateRead(target, () -> Statistics.of(SplitDataset.of(target, dataSetGraphs)));
        }

        long dataSetTriplesHeld() {
            return Txn.calculateRead(target, () -> dataSetGraphs.stream().mapToLong(g -> target.getGraph(g).size()).sum());
        }
    }

    private static synchronized Load shipped() {
        if (shipped == null) {
            shipped = load(new GraphBuilder(Fixtures.DATA, Fixtures.ONTOLOGY));
        }
        return shipped;
    }

    @Test
    void theShippedDataCountsAsTheLoadedStoreDoes() {
        Load load = shipped();
        assertEquals(load.reread(), load.streamed());
        assertEquals(869_937L, load.streamed().instancesPerClass().get(Unr.Ballot.getURI()));
        assertEquals(6_202L + curatedVotes(load), load.streamed().instancesPerClass().get(Unr.Vote.getURI()));
        // With the note and the repaired property on each of the eight votes whose description had a control
        // character, and on each of the six mis-encoded texts the manifest repairs.
        assertEquals(3_675_262L, load.streamed().triplesPerGraph().get(ROLL_CALLS.getURI()));
    }

    /** The roll-call loader sends each quad once, which the counter relies on: a store would hide a repeat. */
    @Test
    void theShippedRollCallsSendNoQuadTwice() {
        Load load = shipped();
        assertEquals(load.dataSetTriplesHeld(), load.dataSetQuadsSent());
    }

    /**
     * A few roll calls of the shipped data set, with its links and the roll calls on one resolution, so that the
     * counts can be checked against the SPARQL queries as well, which read the whole union.
     */
    @Test
    void aFewRollCallsCountAsTheQueriesCountThem() throws IOException {
        Load load = load(new GraphBuilder(fewRollCalls(), Fixtures.ONTOLOGY));
        assertEquals(load.reread(), load.streamed());
        assertEquals(Statistics.of(load.target()), load.streamed());
        assertEquals(load.dataSetTriplesHeld(), load.dataSetQuadsSent());
        assertTrue(load.streamed().instancesPerClass().get(Unr.Ballot.getURI()) > 1000);
        DatasetGraph target = load.target();
        long sharedWithCurated = Txn.calculateRead(target, () -> {
            List<Node> curatedGraphs = Iter.toList(target.listGraphNodes()).stream().filter(g -> !g.equals(ROLL_CALLS)).toList();
            return target.getGraph(ROLL_CALLS).stream()
                    .filter(t -> curatedGraphs.stream().anyMatch(g -> target.getGraph(g).contains(t)))
                    .count();
        });
        assertTrue(sharedWithCurated > 0, "roll call 5377 is on a curated resolution: some triples are in both");
    }

    /**
     * A data-set subject whose triples come in two groups with another subject's between, its type last; a data-set
     * triple a curated graph holds (prk a unr:State); a curated subject given a triple of its own.
     */
    @Test
    void aSubjectSplitAcrossTheStreamAndATripleTheCuratedGraphsHold() {
        Node dataSet = Ids.graph("test-split");
        Node vote = Ids.id("vote", "split-1");
        Node ballot = Ids.id("ballot", "split-1/prk");
        Node prk = Ids.id("state", "prk");
        Node source = Ids.id("source", "split");
        List<Quad> quads = List.of(
                Quad.create(dataSet, vote, Std.provWasDerivedFrom, source),
                Quad.create(dataSet, vote, Unr.hasBallot, ballot),
                Quad.create(dataSet, ballot, Std.rdfType, Unr.Ballot),
                Quad.create(dataSet, ballot, Unr.voter, prk),
                Quad.create(dataSet, prk, Std.rdfType, Unr.State),
                Quad.create(dataSet, prk, Unr.summary, NodeFactory.createLiteralLang("a triple no curated graph holds", "en")),
                Quad.create(dataSet, source, Std.rdfType, Unr.Source),
                Quad.create(dataSet, vote, Unr.locator, NodeFactory.createLiteralString("row 1")),
                Quad.create(dataSet, vote, Std.rdfType, Unr.Vote));
        Load load = load(new GraphBuilder(Fixtures.curatedData(), Fixtures.ONTOLOGY).withDataSets(List.of(new Quads(dataSet, quads))));
        Statistics streamed = load.streamed();
        assertEquals(load.reread(), streamed);
        assertEquals(Statistics.of(load.target()), streamed);

        Statistics curated = Statistics.of(Fixtures.curatedGraph());
        assertEquals(quads.size(), streamed.triplesPerGraph().get(dataSet.getURI()));
        assertEquals(curated.triples() + quads.size() - 1, streamed.triples(), "prk a unr:State is curated");
        assertEquals(curated.subjects() + 3, streamed.subjects(), "vote, ballot and source are new; prk is not");
        assertEquals(curated.instancesPerClass().getOrDefault(Unr.Vote.getURI(), 0L) + 1, streamed.instancesPerClass().get(Unr.Vote.getURI()),
                "the vote's type came last, after another subject's triples");
        assertEquals(curated.factNodesWithProvenance() + 1, streamed.factNodesWithProvenance(), "the vote's source and locator came apart");
    }

    @Test
    void aQuadForACuratedGraphTheCuratedDatasetLacksIsRefused() {
        RightsGraph curated = Fixtures.curatedGraph();
        StreamStatistics counter = StreamStatistics.over(curated.dataset(), List.of(), StreamRDFLib.sinkNull());
        Quad stray = Quad.create(Ids.REFERENCE_GRAPH, Ids.id("state", "nowhere"), Std.rdfType, Unr.State);
        assertThrows(IllegalStateException.class, () -> counter.quad(stray));
        assertThrows(IllegalStateException.class, counter::statistics, "not finished");
    }

    /** Sends the quads given, in the order given, as a data set of one graph. */
    private record Quads(Node graph, List<Quad> quads) implements DataSet {
        @Override
        public String name() {
            return "quads of " + graph;
        }

        @Override
        public List<Node> graphs() {
            return List.of(graph);
        }

        @Override
        public void sendTo(RightsGraph curated, StreamRDF out) {
            quads.forEach(out::quad);
        }
    }

    /** Sends what {@code builder} reads through a counter into an in-memory dataset, as a build sends it to the store. */
    private static Load load(GraphBuilder builder) {
        RightsGraph curated = builder.curated();
        List<Node> dataSetGraphs = builder.dataSetGraphs();
        DatasetGraph target = DatasetGraphFactory.create();
        long[] dataSetQuads = {0};
        StreamRDF toTarget = new StreamRDFWrapper(StreamRDFLib.dataset(target)) {
            @Override
            public void quad(Quad quad) {
                if (dataSetGraphs.contains(quad.getGraph())) {
                    dataSetQuads[0]++;
                }
                super.quad(quad);
            }
        };
        StreamStatistics counter = StreamStatistics.over(curated.dataset(), dataSetGraphs, toTarget);
        Txn.executeWrite(target, () -> {
            counter.start();
            Txn.executeRead(curated.dataset(), () -> StreamRDFOps.sendDatasetToStream(curated.dataset(), counter));
            builder.dataSets().forEach(source -> source.sendTo(curated, counter));
            counter.finish();
        });
        return new Load(counter.statistics(), target, dataSetGraphs, dataSetQuads[0]);
    }

    private static long curatedVotes(Load load) {
        DatasetGraph target = load.target();
        return Txn.calculateRead(target, () -> target.stream()
                .filter(q -> !q.getGraph().equals(ROLL_CALLS) && q.getPredicate().equals(Std.rdfType) && q.getObject().equals(Unr.Vote))
                .map(Quad::getSubject).distinct().count());
    }

    /** The roll calls kept in {@link #fewRollCalls}: the first hundred, and those the manifest links, repairs or says concern a state. */
    private static boolean kept(int rcid) {
        return rcid < 110 || Set.of(2263, 4604, 4725, 4813, 4882, 5029, 5108, 5133, 5137, 5247, 5377, 5458).contains(rcid);
    }

    /** The shipped curated data with a few of the shipped roll calls, their manifest's checksums and row counts made to fit. */
    private static Path fewRollCalls() throws IOException {
        Path data = Fixtures.copy(Fixtures.curatedData(), TemporaryFolder.removedAtExit("un-rights-stream").resolve("data"));
        Path from = Fixtures.DATA.resolve("datasets/unga-rollcalls");
        Path to = Files.createDirectories(data.resolve("datasets/unga-rollcalls"));
        String manifest = Files.readString(from.resolve("dataset.yaml"));
        for (String file : List.of("un_roll_calls.csv.gz", "un_votes.csv.gz", "un_roll_call_issues.csv.gz")) {
            long rows = keepRows(from.resolve(file), to.resolve(file));
            Matcher entry = Pattern.compile("(name: " + Pattern.quote(file) + "\\s+sha256: )\\p{XDigit}+(\\s+rows: )\\d+").matcher(manifest);
            assertTrue(entry.find(), file);
            manifest = entry.replaceFirst("$1" + sha256(to.resolve(file)) + "$2" + rows);
        }
        Files.writeString(to.resolve("dataset.yaml"), manifest);
        return data;
    }

    /** Copies the header and the rows of kept roll calls (one row a line, its roll call first); returns how many rows. */
    private static long keepRows(Path from, Path to) throws IOException {
        long rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(from)), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(to)), StandardCharsets.UTF_8)) {
            out.write(in.readLine() + "\n");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (kept(Integer.parseInt(line.substring(0, line.indexOf(','))))) {
                    out.write(line + "\n");
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
