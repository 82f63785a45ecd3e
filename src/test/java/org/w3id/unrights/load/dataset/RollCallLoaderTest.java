package org.w3id.unrights.load.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The roll-call loader on a small data set written as R writes it, with the quirks of the real one. */
class RollCallLoaderTest {
    static final String REFERENCE = """
            @prefix unr: <https://w3id.org/un-rights/ontology#> .
            @prefix state: <https://w3id.org/un-rights/id/state/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            state:prk a unr:State ; unr:isoAlpha2 "KP" .
            state:nam a unr:State ; unr:isoAlpha2 "NA" .
            state:rus a unr:State ; unr:isoAlpha2 "RU" .
            state:sun a unr:State ; unr:isoAlpha2 "SU" ; unr:endDate "1991"^^xsd:gYear .
            state:frg a unr:State ; unr:endDate "1990"^^xsd:gYear .
            """;
    /** Row 3 is written as the data set writes its descriptions: stray backslashes, quotes doubled. */
    static final String ROLL_CALLS = "\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n"
            + "3,1,0,1946-01-01,\"R/1/66\",1,0,\"AMENDMENTS\",\"TO ADOPT \\MEMBERS\\\\, SAID \\\"\"\"\"\"\n"
            + "5377,69,1,2014-12-18,\"R/69/188\",NA,NA,\"\",\"Situation of human rights in the Democratic People's Republic of Korea\"\n";
    static final String BALLOTS = """
            "rcid","country","country_code","vote"
            3,"Russia","RU","yes"
            3,"Federal Republic of Germany",NA,"no"
            5377,"North Korea","KP","no"
            5377,"Namibia","NA","yes"
            5377,"Russia","RU","no"
            """;
    static final String ISSUES = """
            "rcid","short_name","issue"
            5377,"hr","Human rights"
            """;

    @TempDir
    Path dir;
    Graph reference;

    @BeforeEach
    void referenceStates() {
        reference = GraphFactory.createDefaultGraph();
        RDFParser.fromString(REFERENCE, Lang.TURTLE).parse(reference);
    }

    @Test
    void rollCallsBallotsAndTalliesComputedFromTheBallots() throws IOException {
        DatasetGraph out = load(ROLL_CALLS, BALLOTS, ISSUES);
        Graph g = out.getGraph(Ids.graph("unga-rollcalls"));
        Node vote = RollCallLoader.vote(5377);
        assertTrue(g.contains(vote, Std.rdfType, Unr.Vote));
        assertTrue(g.contains(vote, Unr.inBody, Ids.id("body", "un-general-assembly")));
        assertTrue(g.contains(vote, Unr.date, NodeFactory.createLiteralDT("2014-12-18", XSDDatatype.XSDdate)));
        assertTrue(g.contains(vote, Unr.session, RollCallLoader.integer(69)));
        assertTrue(g.contains(vote, Unr.importantVote, RollCallLoader.bool(true)));
        assertFalse(g.contains(vote, Unr.amendmentVote, Node.ANY), "NA is not a value");
        assertTrue(g.contains(vote, Unr.issue, Ids.concept("unga-issue", "hr")));
        assertTrue(g.contains(vote, Unr.locator, NodeFactory.createLiteralString("rcid 5377")));
        assertTrue(g.contains(vote, Std.provWasDerivedFrom, Ids.id("source", "unga-rollcalls")));
        Node resolution = Ids.id("resolution", "A/RES/69/188");
        assertTrue(g.contains(vote, Unr.onResolution, resolution));
        assertTrue(g.contains(resolution, Unr.symbol, NodeFactory.createLiteralString("A/RES/69/188")));
        assertTrue(g.contains(Ids.id("resolution", "A/RES/66(I)"), Unr.symbol, NodeFactory.createLiteralString("A/RES/66(I)")));
        assertTrue(g.contains(RollCallLoader.vote(3), Unr.amendmentVote, RollCallLoader.bool(true)));

        assertTrue(g.contains(vote, Unr.yesCount, RollCallLoader.integer(1)));
        assertTrue(g.contains(vote, Unr.noCount, RollCallLoader.integer(2)));
        assertTrue(g.contains(vote, Unr.abstainCount, RollCallLoader.integer(0)));
        assertTrue(g.contains(vote, Unr.inferenceNote, NodeFactory.createLiteralString(RollCallLoader.TALLY_NOTE)));
        for (Node count : List.of(Unr.yesCount, Unr.noCount, Unr.abstainCount)) {
            assertTrue(g.contains(vote, Unr.inferredProperty, count), "the computed " + count + " is named as deduced");
        }
        assertEquals(5, g.find(Node.ANY, Std.rdfType, Unr.Ballot).toList().size());
    }

    @Test
    void quotedNaIsNamibiaAndBareNaIsResolvedByTheCountryName() throws IOException {
        Graph g = load(ROLL_CALLS, BALLOTS, ISSUES).getGraph(Ids.graph("unga-rollcalls"));
        assertTrue(g.contains(Ids.id("ballot", "unga-rollcall-5377/nam"), Unr.voter, Ids.id("state", "nam")));
        assertTrue(g.contains(Ids.id("ballot", "unga-rollcall-3/frg"), Unr.voter, Ids.id("state", "frg")));
    }

    @Test
    void aDatedRuleGivesTheSovietUnionsBallotsToItWithTheReason() throws IOException {
        Graph g = load(ROLL_CALLS, BALLOTS, ISSUES).getGraph(Ids.graph("unga-rollcalls"));
        Node soviet = Ids.id("ballot", "unga-rollcall-3/sun");
        assertTrue(g.contains(soviet, Unr.voter, Ids.id("state", "sun")));
        assertTrue(g.contains(soviet, Unr.inferred, RollCallLoader.bool(true)));
        assertTrue(g.contains(soviet, Unr.inferredProperty, Unr.voter), "the state the ballot is given to is what was deduced");
        assertTrue(g.contains(Ids.id("ballot", "unga-rollcall-5377/rus"), Unr.voter, Ids.id("state", "rus")));
        assertFalse(g.contains(Ids.id("ballot", "unga-rollcall-5377/rus"), Unr.inferred, Node.ANY));
    }

    @Test
    void rQuotingKeepsBackslashesAndDoubledQuotes() throws IOException {
        Graph g = load(ROLL_CALLS, BALLOTS, ISSUES).getGraph(Ids.graph("unga-rollcalls"));
        assertTrue(g.contains(RollCallLoader.vote(3), Std.dctDescription,
                NodeFactory.createLiteralLang("TO ADOPT \\MEMBERS\\\\, SAID \\\"\"", "en")));
    }

    @Test
    void controlCharactersInTheTextAreReplacedBySpacesAndTheRepairIsMarked() throws IOException {
        String rollCalls = ROLL_CALLS + "5917,71,0,2016-12-05,\"R/71/75\",0,0,\"SHORT\bTITLE\",\"one by one. 12\b We first turn\"\n";
        String ballots = BALLOTS + "5917,\"North Korea\",\"KP\",\"no\"\n";
        Graph g = load(rollCalls, ballots, ISSUES).getGraph(Ids.graph("unga-rollcalls"));
        Node vote = RollCallLoader.vote(5917);
        assertTrue(g.contains(vote, Std.dctDescription, NodeFactory.createLiteralLang("one by one. 12  We first turn", "en")));
        assertTrue(g.contains(vote, Std.dctTitle, NodeFactory.createLiteralLang("SHORT TITLE", "en")));
        assertTrue(g.contains(vote, Unr.inferenceNote, NodeFactory.createLiteralString(RollCallLoader.CONTROL_NOTE)));
        assertTrue(g.contains(vote, Unr.inferredProperty, Std.dctDescription), "the repaired value is named");
        assertTrue(g.contains(vote, Unr.inferredProperty, Std.dctTitle));
        assertFalse(g.contains(RollCallLoader.vote(5377), Unr.inferenceNote, NodeFactory.createLiteralString(RollCallLoader.CONTROL_NOTE)),
                "a clean text is left as it is, unmarked");
    }

    @Test
    void theDataSetIsDescribedWithItsChecksums() throws IOException {
        Graph g = load(ROLL_CALLS, BALLOTS, ISSUES).getGraph(Ids.graph("unga-rollcalls"));
        Node source = Ids.id("source", "unga-rollcalls");
        assertTrue(g.contains(source, Std.rdfType, Unr.Source));
        assertTrue(g.contains(source, Std.dctLicense, NodeFactory.createURI("https://opensource.org/licenses/MIT")));
        assertTrue(g.contains(source, Std.provWasDerivedFrom, Ids.id("source", "unvotes-r-package")));
        Node checksum = NodeFactory.createURI(source.getURI() + "/un_votes.csv.gz/sha256");
        assertTrue(g.contains(checksum, org.w3id.unrights.vocab.DatasetTerms.spdxChecksumValue,
                NodeFactory.createLiteralDT(sha256(dir.resolve("un_votes.csv.gz")), XSDDatatype.XSDhexBinary)));
    }

    /**
     * A store drops a repeated quad but a stream passes it on to whatever counts or writes it: two roll calls on
     * one resolution describe it once, and the linked roll call, marked inferred twice, carries the mark once.
     */
    @Test
    void noQuadIsSentTwice() throws IOException {
        String rollCalls = ROLL_CALLS + "4,1,0,1946-01-02,\"R/1/66\",0,0,\"AMENDMENTS\",\"The resolution as a whole\"\n";
        String ballots = BALLOTS + "4,\"Russia\",\"RU\",\"no\"\n";
        String issues = ISSUES + "5377,\"hr\",\"Human rights\"\n";
        write(rollCalls, ballots, issues);
        Files.writeString(dir.resolve("dataset.yaml"), Files.readString(dir.resolve("dataset.yaml")) + """
                links:
                  - rcid: 5377
                    resolutions: [A/RES/69/188]
                    note: Linked by hand.
                concerns:
                  - state: prk
                    rcids: [3, 4]
                """);
        List<Quad> sent = new ArrayList<>();
        new RollCallLoader(dir).load(reference, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                sent.add(quad);
            }
        });
        assertEquals(new HashSet<>(sent).size(), sent.size(), "a quad sent twice");
        Graph g = GraphFactory.createDefaultGraph();
        sent.forEach(q -> g.add(q.asTriple()));
        Node resolution = Ids.id("resolution", "A/RES/66(I)");
        assertEquals(2, g.find(resolution, Unr.locator, Node.ANY).toList().size(), "each roll call is still a locator");
        assertTrue(g.contains(resolution, Unr.concerns, Ids.id("state", "prk")));
        assertTrue(g.contains(RollCallLoader.vote(5377), Unr.inferredProperty, Unr.onResolution));
        assertTrue(g.contains(RollCallLoader.vote(5377), Unr.inferredProperty, Unr.yesCount));
    }

    /** A repair lands only on the exact text it was made for, marked on the vote; any other is an error at its line. */
    @Test
    void aRepairReplacesOnlyTheTextItWasMadeForAndSaysSo() throws IOException {
        write(ROLL_CALLS, BALLOTS, ISSUES);
        String manifest = Files.readString(dir.resolve("dataset.yaml"));
        Files.writeString(dir.resolve("dataset.yaml"), manifest + """
                repairs:
                  - rcid: 3
                    column: short
                    was: AMENDMENTS
                    text: Amendments
                    note: Written in ordinary case.
                """);
        List<Quad> sent = new ArrayList<>();
        new RollCallLoader(dir).load(reference, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                sent.add(quad);
            }
        });
        Graph g = GraphFactory.createDefaultGraph();
        sent.forEach(q -> g.add(q.asTriple()));
        Node vote = RollCallLoader.vote(3);
        assertTrue(g.contains(vote, Std.dctTitle, NodeFactory.createLiteralLang("Amendments", "en")));
        assertTrue(g.contains(vote, Unr.inferredProperty, Std.dctTitle));
        assertTrue(g.contains(vote, Unr.inferenceNote, NodeFactory.createLiteralString("Written in ordinary case.")));

        Files.writeString(dir.resolve("dataset.yaml"), manifest + """
                repairs:
                  - rcid: 3
                    column: short
                    was: AMENDMENT
                    text: Amendments
                    note: Made for another text.
                  - rcid: 7
                    column: descr
                    was: Nothing
                    text: Anything
                    note: No such roll call.
                """);
        DataException e = assertThrows(DataException.class, () -> new RollCallLoader(dir).load(reference, StreamRDFLib.sinkNull()));
        assertTrue(e.getMessage().contains("field 'was': roll call 3's short is not the text this repair was made for"), e.getMessage());
        assertTrue(e.getMessage().contains("field 'rcid': no roll call 7 with a descr to repair"), e.getMessage());
    }

    @Test
    void badRowsAreReportedWithFileLineAndField() throws IOException {
        String ballots = BALLOTS + """
                5377,"Atlantis","XA","yes"
                5377,"North Korea","KP","maybe"
                9999,"North Korea","KP","yes"
                5377,"North Korea","KP","yes"
                """;
        DataException e = assertThrows(DataException.class, () -> load(ROLL_CALLS, ballots, ISSUES));
        String report = e.getMessage();
        assertTrue(report.contains("un_votes.csv.gz:7: field 'country_code': 'XA' (Atlantis)"), report);
        assertTrue(report.contains("un_votes.csv.gz:8: field 'vote': 'maybe'"), report);
        assertTrue(report.contains("un_votes.csv.gz:9: field 'rcid': no roll call 9999"), report);
        assertTrue(report.contains("un_votes.csv.gz:10: field 'country': North Korea has a second ballot in roll call 5377"), report);
        assertEquals(4, e.errors().size(), report);
    }

    @Test
    void aChangedFileFailsItsChecksumBeforeAnyRowIsRead() throws IOException {
        write(ROLL_CALLS, BALLOTS, ISSUES);
        gzip(dir.resolve("un_votes.csv.gz"), BALLOTS.replace("\"yes\"", "\"no\""));
        DataException e = assertThrows(DataException.class, () -> new RollCallLoader(dir).load(reference, StreamRDFLib.sinkNull()));
        assertTrue(e.getMessage().contains("dataset.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("field 'sha256': un_votes.csv.gz has SHA-256"), e.getMessage());
    }

    @Test
    void resolutionSymbolsInUnForm() {
        assertEquals("A/RES/69/188", ResolutionSymbols.symbol("R/69/188").orElseThrow());
        assertEquals("A/RES/217A(III)", ResolutionSymbols.symbol("R/3/217A").orElseThrow());
        assertEquals("A/RES/1514(XV)", ResolutionSymbols.symbol("R/15/1514").orElseThrow());
        assertEquals("A/RES/71/5", ResolutionSymbols.symbol("A/RES/71/5").orElseThrow());
        assertEquals("A/RES/33/116A/I", ResolutionSymbols.symbol("R/33/116A/I").orElseThrow());
        assertTrue(ResolutionSymbols.symbol("SS/1/59").isEmpty());
        assertTrue(ResolutionSymbols.symbol("R/9 9").isEmpty());
    }

    private DatasetGraph load(String rollCalls, String ballots, String issues) throws IOException {
        write(rollCalls, ballots, issues);
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        new RollCallLoader(dir).load(reference, StreamRDFLib.dataset(out));
        return out;
    }

    private void write(String rollCalls, String ballots, String issues) throws IOException {
        gzip(dir.resolve("un_roll_calls.csv.gz"), rollCalls);
        gzip(dir.resolve("un_votes.csv.gz"), ballots);
        gzip(dir.resolve("un_roll_call_issues.csv.gz"), issues);
        Files.writeString(dir.resolve("dataset.yaml"), """
                dataset:
                  key: unga-rollcalls
                  title: Roll calls
                  creator: Erik Voeten
                  version: "0.3.0"
                  license: https://opensource.org/licenses/MIT
                  derivedFrom:
                    - key: unvotes-r-package
                      title: unvotes
                files:
                  rollCalls: {name: un_roll_calls.csv.gz, sha256: %s, rows: %d}
                  ballots: {name: un_votes.csv.gz, sha256: %s, rows: %d}
                  issues: {name: un_roll_call_issues.csv.gz, sha256: %s, rows: %d}
                countryCodes:
                  - name: Federal Republic of Germany
                    state: frg
                  - code: RU
                    before: "1991-12-24"
                    state: sun
                    note: The Soviet Union's seat.
                """.formatted(
                sha256(dir.resolve("un_roll_calls.csv.gz")), rows(rollCalls),
                sha256(dir.resolve("un_votes.csv.gz")), rows(ballots),
                sha256(dir.resolve("un_roll_call_issues.csv.gz")), rows(issues)));
    }

    private static long rows(String csv) {
        return csv.lines().count() - 1;
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
