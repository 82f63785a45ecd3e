package org.w3id.unrights.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.serve.RightsServer;
import org.w3id.unrights.serve.ServerSettings;

/**
 * {@code unrf:ballot} gives the ballots the record holds: checked against the ballots joined in SPARQL over the
 * shipped roll calls (whole years of them, and every ballot of one state), and on a small record with each of its
 * terms bound or not.
 */
class BallotTest {
    private static final String PREFIXES = SmallRecord.PREFIXES;
    private static final String RECORD = "GRAPH <https://w3id.org/un-rights/graph/unga-rollcalls>";

    @Test
    void theFunctionGivesTheBallotsJoinedInTheShippedRecord() {
        QueryRunner runner = new QueryRunner(Fixtures.shippedGraph());
        String years = "?rc unr:date ?date FILTER (?date >= \"2005-01-01\"^^xsd:date && ?date < \"2007-01-01\"^^xsd:date)";
        assertSameBallots(runner, "?rc ?state ?option", RECORD + " { " + years + " } ?rc unrf:ballot (?state ?option) .",
                RECORD + " { " + years + " ?rc unr:hasBallot ?b . ?b unr:voter ?state ; unr:option ?option }");
        // The DPRK's every ballot, the roll call unbound: a cell of each row.
        assertSameBallots(runner, "?rc ?option", "?rc unrf:ballot (state:prk ?option) .",
                RECORD + " { ?rc unr:hasBallot ?b . ?b unr:voter state:prk ; unr:option ?option }");
        // Its no votes alone, the option bound.
        assertSameBallots(runner, "?rc", "?rc unrf:ballot (state:prk vote-option:no) .",
                RECORD + " { ?rc unr:hasBallot ?b . ?b unr:voter state:prk ; unr:option vote-option:no }");
    }

    private static void assertSameBallots(QueryRunner runner, String variables, String byFunction, String byJoin) {
        Set<String> expected = rows(runner, PREFIXES + "SELECT " + variables + " WHERE { " + byJoin + " }");
        Set<String> actual = rows(runner, PREFIXES + "SELECT " + variables + " WHERE { " + byFunction + " }");
        assertTrue(expected.size() > 100, "the join gives ballots: " + expected.size());
        assertEquals(expected, actual, byFunction);
    }

    private static Set<String> rows(QueryRunner runner, String query) {
        return new TreeSet<>(List.of(runner.selectAsCsv(query).split("\r\n")));
    }

    @Test
    void eachTermMayBeBoundOrNot() {
        QueryRunner runner = new QueryRunner(smallGraph());
        String a = "<" + SmallRecord.state("a").getURI() + ">";
        String third = "<" + SmallRecord.rollCall(3).getURI() + ">";
        assertEquals(Set.of("state,option", SmallRecord.state("a").getURI() + ",https://w3id.org/un-rights/vocab/vote-option/no",
                SmallRecord.state("b").getURI() + ",https://w3id.org/un-rights/vocab/vote-option/yes",
                SmallRecord.state("c").getURI() + ",https://w3id.org/un-rights/vocab/vote-option/no"),
                rows(runner, PREFIXES + "SELECT ?state ?option WHERE { " + third + " unrf:ballot (?state ?option) }"), "one roll call");
        assertEquals(Set.of("rc", SmallRecord.rollCall(1).getURI(), SmallRecord.rollCall(2).getURI()),
                rows(runner, PREFIXES + "SELECT ?rc WHERE { ?rc unrf:ballot (" + a + " vote-option:yes) }"), "state and option bound");
        assertEquals(Set.of("rc,state", SmallRecord.rollCall(3).getURI() + "," + SmallRecord.state("c").getURI()),
                rows(runner, PREFIXES + "SELECT ?rc ?state WHERE { ?rc unrf:ballot (?state) FILTER (?state = state:c) }"), "the option left out");
        assertEquals(7, rows(runner, PREFIXES + "SELECT * WHERE { ?rc unrf:ballot (?state ?option) }").size() - 1, "every ballot of the record");
        // Bound by the pattern before it: the function reads the roll call's row.
        assertEquals(Set.of("option", "https://w3id.org/un-rights/vocab/vote-option/abstain"),
                rows(runner, PREFIXES + "SELECT ?option WHERE { GRAPH ?g { ?rc unr:date \"2002-10-01\"^^xsd:date } ?rc unrf:ballot (state:b ?option) }"));
    }

    @Test
    void termsTheRecordDoesNotHoldGiveNoRows() {
        QueryRunner runner = new QueryRunner(smallGraph());
        String none = "state,option\r\n";
        assertEquals(none, runner.selectAsCsv(PREFIXES + "SELECT ?state ?option WHERE { state:a unrf:ballot (?state ?option) }"), "not a roll call");
        assertEquals("option\r\n", runner.selectAsCsv(PREFIXES + "SELECT ?option WHERE { <" + SmallRecord.rollCall(1).getURI()
                + "> unrf:ballot (state:c ?option) }"), "C cast no ballot in 2001");
        assertEquals("rc\r\n", runner.selectAsCsv(PREFIXES + "SELECT ?rc WHERE { ?rc unrf:ballot (state:a vote-option:absent) }"), "not an option");
        // A variable named twice must take one value: a roll call is never a state.
        assertEquals("x\r\n", runner.selectAsCsv(PREFIXES + "SELECT ?x WHERE { ?x unrf:ballot (?x) }"));
    }

    @Test
    void aWrongListIsRefusedAndTheEndpointSaysSo() {
        QueryRunner runner = new QueryRunner(smallGraph());
        assertThrows(RuntimeException.class, () -> runner.selectAsCsv(PREFIXES + "SELECT * WHERE { ?rc unrf:ballot (?a ?b ?c) }"));
        assertThrows(RuntimeException.class, () -> runner.selectAsCsv(PREFIXES + "SELECT * WHERE { (?rc) unrf:ballot (?a) }"));
        FusekiServer server = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0)).start();
        try {
            String query = PREFIXES + "SELECT * WHERE { ?rc unrf:ballot (?a ?b ?c) }";
            HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + server.getHttpPort() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, wrong.statusCode(), wrong.body());
            assertTrue(wrong.body().contains("unrf:ballot takes"), wrong.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            server.stop();
        }
    }

    private static RightsGraph smallGraph() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        SmallRecord.quads().forEach(dataset::add);
        RightsGraph graph = new RightsGraph(dataset, () -> org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph(),
                new Registry(), List.of(SmallRecord.GRAPH));
        assertFalse(graph.votes().rollCalls() == 0);
        return graph;
    }
}
