package org.w3id.unrights.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Ids;

/**
 * {@code unrf:agreement} answers what the ballots themselves answer: checked against the same counts made by
 * joining the ballots of the shipped roll calls in SPARQL, and against a small record counted by hand.
 */
class AgreementTest {
    private static final String PREFIXES = SmallRecord.PREFIXES;
    private static final Node GRAPH = SmallRecord.GRAPH;

    @Test
    void theMatrixCountsAsTheJoinedBallotsDoOnTheShippedRecord() {
        QueryRunner runner = new QueryRunner(Fixtures.shippedGraph());
        // Every state beside the DPRK on human-rights roll calls of the 1990s; the US and Israel over the whole record.
        assertSameRows(runner, "state:prk", "?b", "1990", "1999", "unga-issue:hr");
        assertSameRows(runner, "state:usa", "state:isr", null, null, null);
        assertSameRows(runner, "state:fra", "?b", "1960", "1969", null);
    }

    /** The function's rows and the ballots' join give the same shared, same and half-agreeing counts. */
    private static void assertSameRows(QueryRunner runner, String a, String b, String from, String to, String issue) {
        String args = a + " " + b + " " + (from == null ? "?from" : from) + " " + (to == null ? "?to" : to) + " " + (issue == null ? "?issue" : issue);
        String byFunction = PREFIXES + "SELECT ?b ?shared ?same ?index WHERE { BIND(" + b + " AS ?b) (" + args + ") unrf:agreement (?shared ?same ?index) }";
        if (b.startsWith("?")) {
            byFunction = PREFIXES + "SELECT ?b ?shared ?same ?index WHERE { (" + args + ") unrf:agreement (?shared ?same ?index) }";
        }
        String byBallots = PREFIXES + """
                SELECT ?b (COUNT(*) AS ?shared) (SUM(IF(?mine = ?theirs, 1, 0)) AS ?same)
                       (SUM(IF(?mine != ?theirs && (?mine = vote-option:abstain || ?theirs = vote-option:abstain), 1, 0)) AS ?half) WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/unga-rollcalls> {
                    ?rc unr:date ?date ; unr:hasBallot ?x, ?y .
                    %s
                    ?x unr:voter %s ; unr:option ?mine .
                    ?y unr:voter ?b ; unr:option ?theirs .
                  }
                  %s
                  FILTER (?b != %s %s)
                } GROUP BY ?b""".formatted(issue == null ? "" : "?rc unr:issue " + issue + " .", a,
                b.startsWith("?") ? "" : "VALUES ?b { " + b + " }", a,
                from == null ? "" : "&& YEAR(?date) >= " + from + " && YEAR(?date) <= " + to);
        Set<String> expected = new TreeSet<>();
        runner.select(byBallots, rows -> rows.forEachRemaining(r -> {
            long shared = r.getLiteral("shared").getLong();
            long same = r.getLiteral("same").getLong();
            long half = r.getLiteral("half").getLong();
            expected.add(r.getResource("b").getURI() + " " + shared + " " + same + " "
                    + java.math.BigDecimal.valueOf(2 * same + half).divide(java.math.BigDecimal.valueOf(2 * shared), 4, java.math.RoundingMode.HALF_EVEN));
        }));
        Set<String> actual = new TreeSet<>();
        runner.select(byFunction, rows -> rows.forEachRemaining(r -> actual.add(r.getResource("b").getURI() + " "
                + r.getLiteral("shared").getLong() + " " + r.getLiteral("same").getLong() + " " + r.getLiteral("index").getLexicalForm())));
        assertFalse(expected.isEmpty(), "the ballots give rows for " + args);
        assertEquals(expected, actual, args);
    }

    @Test
    void aSmallRecordCountsAsByHandWhateverTheOrderOfEachBallotsFacts() {
        List<Quad> record = SmallRecord.quads();
        VoteMatrix inOrder = collect(record);
        List<Quad> reversed = new ArrayList<>(record);
        java.util.Collections.reverse(reversed);
        assertEquals(tallies(inOrder), tallies(collect(reversed)), "the same counts whatever the order");
        assertEquals(3, inOrder.rollCalls());

        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        record.forEach(dataset::add);
        assertEquals(tallies(inOrder), tallies(VoteCollector.scan(dataset, Set.of(GRAPH))), "a scan of the stored record gives the same counts");

        // A and B: 2001 yes/yes, 2002 yes/abstain, 2011 no/yes. C voted only in 2011.
        VoteMatrix.Tally all = inOrder.agreement(inOrder.state(SmallRecord.state("a")).orElseThrow(), -1, Short.MIN_VALUE, Short.MAX_VALUE, 0);
        int b = inOrder.state(SmallRecord.state("b")).orElseThrow();
        int c = inOrder.state(SmallRecord.state("c")).orElseThrow();
        assertEquals(List.of(3, 1, 1), List.of(all.shared[b], all.same[b], all.half[b]));
        assertEquals(List.of(1, 1, 0), List.of(all.shared[c], all.same[c], all.half[c]), "C and A both voted no in 2011");
        VoteMatrix.Tally twoThousands = inOrder.agreement(inOrder.state(SmallRecord.state("a")).orElseThrow(), b, 2000, 2009, 0);
        assertEquals(List.of(2, 1, 1), List.of(twoThousands.shared[b], twoThousands.same[b], twoThousands.half[b]));
        VoteMatrix.Tally onIssue = inOrder.agreement(inOrder.state(SmallRecord.state("a")).orElseThrow(), b, Short.MIN_VALUE, Short.MAX_VALUE,
                inOrder.issueMask(Ids.concept("unga-issue", "hr")).orElseThrow());
        assertEquals(1, onIssue.shared[b], "one roll call is on human rights");
    }

    @Test
    void theFunctionAnswersOverTheGraphItIsAskedOfAndRefusesAWrongNumberOfArguments() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        SmallRecord.quads().forEach(dataset::add);
        RightsGraph graph = new RightsGraph(dataset, () -> org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph(),
                new org.w3id.unrights.load.Registry(), List.of(GRAPH));
        QueryRunner runner = new QueryRunner(graph);
        String csv = runner.selectAsCsv(PREFIXES + "SELECT ?b ?shared ?same ?index WHERE { (<" + SmallRecord.state("a").getURI()
                + "> ?b \"2000-01-01\"^^<http://www.w3.org/2001/XMLSchema#date> 2009) unrf:agreement (?shared ?same ?index) }");
        assertEquals("b,shared,same,index\r\n" + SmallRecord.state("b").getURI() + ",2,1,0.7500\r\n", csv);
        // The endpoint over the asserted triples answers from the same matrix.
        try (org.apache.jena.query.QueryExecution asserted = org.apache.jena.query.QueryExecution.create(PREFIXES
                + "SELECT ?shared WHERE { (<" + SmallRecord.state("a").getURI() + "> <" + SmallRecord.state("c").getURI() + ">) unrf:agreement (?shared) }",
                org.apache.jena.query.DatasetFactory.wrap(org.w3id.unrights.graph.QueryView.asserted(graph)))) {
            assertEquals(1, asserted.execSelect().next().getLiteral("shared").getInt());
        }
        String unknown = runner.selectAsCsv(PREFIXES + "SELECT * WHERE { (<" + SmallRecord.state("zz").getURI() + "> ?b) unrf:agreement (?shared) }");
        assertEquals("b,shared\r\n", unknown, "a state that never voted shares no roll call");
        assertThrows(RuntimeException.class, () -> runner.selectAsCsv(PREFIXES + "SELECT * WHERE { (state:prk) unrf:agreement (?shared) }"));
    }

    @Test
    void theEndpointRunsTheFunction() {
        org.apache.jena.fuseki.main.FusekiServer server = org.w3id.unrights.serve.RightsServer.create(Fixtures.curatedPublication(),
                org.w3id.unrights.serve.ServerSettings.defaults().withPort(0)).start();
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            String base = "http://localhost:" + server.getHttpPort() + "/sparql?query=";
            // Run as a function, a list of one subject is refused when the query is built; a pattern would match nothing.
            java.net.http.HttpResponse<String> wrong = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                    + java.net.URLEncoder.encode(PREFIXES + "SELECT * WHERE { (state:prk) unrf:agreement (?shared) }", java.nio.charset.StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(400, wrong.statusCode(), wrong.body());
            assertTrue(wrong.body().contains("unrf:agreement takes"), wrong.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            server.stop();
        }
    }

    @Test
    void aMatrixWrittenIsReadBackAsItWas(@TempDir Path dir) {
        VoteMatrix matrix = collect(SmallRecord.quads());
        Path file = dir.resolve("votes.bin");
        matrix.write(file);
        assertEquals(matrix, VoteMatrix.read(file));
        assertFalse(Files.exists(dir.resolve("votes.bin.partial")));
        assertTrue(Files.isRegularFile(file));
    }

    /** Every pair's counts per year, by the states' IRIs: what a matrix answers, whatever order it holds them in. */
    private static Set<String> tallies(VoteMatrix matrix) {
        Set<String> all = new TreeSet<>();
        for (int year = 2000; year <= 2012; year++) {
            for (int a = 0; a < matrix.states().size(); a++) {
                VoteMatrix.Tally tally = matrix.agreement(a, -1, year, year, 0);
                for (int b = 0; b < tally.shared.length; b++) {
                    if (tally.shared[b] > 0) {
                        all.add(year + " " + matrix.states().get(a).getURI() + " " + matrix.states().get(b).getURI() + " "
                                + tally.shared[b] + " " + tally.same[b] + " " + tally.half[b]);
                    }
                }
            }
        }
        assertFalse(all.isEmpty());
        return all;
    }

    private static VoteMatrix collect(List<Quad> quads) {
        VoteCollector collector = new VoteCollector(Set.of(GRAPH), StreamRDFLib.sinkNull());
        quads.forEach(collector::quad);
        return collector.matrix();
    }
}
