package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Prefixes;

/**
 * The shipped data says no more than its articles: each source graph keeps its hedges, claims and plans,
 * and the cases of overstatement found in re-reading the articles stay fixed. Each check is a query that
 * lists offending nodes, so a failure names them.
 */
class SourceFidelityTest {
    private static final String CERTAINTY = "https://w3id.org/un-rights/vocab/certainty/";

    private static List<String> rows(String query, String... vars) {
        List<String> found = new ArrayList<>();
        new QueryRunner(Fixtures.shippedGraph()).select(Prefixes.sparqlPrologue() + query, rs -> rs.forEachRemaining(row -> {
            List<String> values = new ArrayList<>();
            for (String var : vars) {
                values.add(String.valueOf(row.get(var)));
            }
            found.add(String.join(" ", values));
        }));
        return found;
    }

    /** An article that hedges, reports or looks ahead has facts in its graph that are not simply stated. */
    @Test
    void everySourceGraphHoldsFactsItDoesNotStateInItsOwnVoice() {
        List<Node> graphs = Fixtures.shippedGraph().sourceGraphs();
        assertTrue(graphs.size() >= 5, graphs::toString);
        List<String> allStated = new ArrayList<>();
        for (Node g : graphs) {
            List<String> other = rows("SELECT ?fact WHERE { GRAPH <" + g.getURI() + "> { ?fact unr:certainty ?c "
                    + "FILTER (?c != <" + CERTAINTY + "stated>) } } LIMIT 1", "fact");
            if (other.isEmpty()) {
                allStated.add(g.getURI());
            }
        }
        assertEquals(List.of(), allStated, "source graphs whose every fact is stated");
    }

    /** Example: three states the author expects on the Security Council in 2024 got a seat from 2024 to 2024. */
    @Test
    void expectedSeatsCarryOnlyTheirExpectedYear() {
        List<String> seats = rows("""
                SELECT ?role ?c ?when ?from ?to WHERE {
                  VALUES ?role { id:role/kor-unsc-seat-2024-nkdb2023 id:role/jpn-unsc-seat-2024-nkdb2023 id:role/usa-unsc-seat-2024-nkdb2023 }
                  ?role unr:certainty ?c ; unr:expectedDate ?when .
                  OPTIONAL { ?role unr:startDate ?from } OPTIONAL { ?role unr:endDate ?to }
                } ORDER BY ?role""", "c", "when", "from", "to");
        assertEquals(3, seats.size(), seats::toString);
        for (String seat : seats) {
            assertEquals(CERTAINTY + "expected \"2024\"^^http://www.w3.org/2001/XMLSchema#gYear null null", seat);
        }
    }

    /** Example: a visit the article only speculates about, and an office only planned, are not events that happened. */
    @Test
    void speculatedVisitAndPlannedOfficeAreNotFacts() {
        assertEquals(List.of(CERTAINTY + "hedged"), rows(
                "SELECT ?c WHERE { id:event/lambrinidis-possible-pyongyang-visit-2014 unr:certainty ?c }", "c"));
        assertEquals(List.of(CERTAINTY + "planned \"2015\"^^http://www.w3.org/2001/XMLSchema#gYear null"), rows("""
                SELECT ?c ?when ?from WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/38north-2014-beyond-security-council> {
                    ?fact unr:describes id:mechanism/ohchr-seoul-office ; unr:certainty ?c ; unr:expectedDate ?when .
                    OPTIONAL { ?fact unr:startDate ?from }
                  }
                }""", "c", "when", "from"));
    }

    /** Example: "October 22, 2019" may date the presentation or the press conference after it; neither gets the day. */
    @Test
    void anAmbiguousDayIsNotSettled() {
        assertEquals(List.of(), rows("""
                SELECT ?event ?date WHERE {
                  VALUES ?event { id:event/sr-dprk-ga-presentation-2019 id:event/sr-dprk-press-conference-2019-10 }
                  ?event unr:date ?date FILTER (datatype(?date) = xsd:date)
                }""", "event", "date"));
    }

    /** Example: Darusman's "113 of 268" were stored as the second cycle's counts; the article does not say which cycle. */
    @Test
    void figuresForUnclearCyclesAreNotAnotherCyclesCounts() {
        assertEquals(List.of(), rows("""
                SELECT ?n WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/kei-2019-king-sr-engagement> {
                    { id:review/prk-upr-2 unr:recommendationCount ?n } UNION { id:review/prk-upr-2 unr:hasResponse/unr:count ?n }
                  }
                }""", "n"));
        assertEquals(List.of("113 " + CERTAINTY + "attributed"), rows("""
                SELECT ?v ?c WHERE {
                  ?f a unr:Figure ; unr:value ?v ; unr:certainty ?c ; unr:claimedBy id:person/marzuki-darusman
                  FILTER (?v = 113)
                }""", "v", "c").stream().map(s -> s.replaceAll("\"(\\d+)\"\\^\\^\\S+", "$1")).toList());
    }

    /** Example: a year deduced for "17 August" and the UPR's founding year are marked as deductions with a note. */
    @Test
    void deducedDatesAreMarked() {
        List<String> unmarked = rows("""
                SELECT ?fact ?p WHERE {
                  VALUES (?fact ?p) {
                    (id:event/unsc-2023-08-17-dprk-meeting unr:date)
                    (id:event/rus-prk-summit-2023 unr:date)
                  }
                  FILTER NOT EXISTS { ?fact unr:inferredProperty ?p ; unr:inferenceNote ?note }
                }""", "fact", "p");
        assertEquals(List.of(), unmarked);
        assertEquals(List.of(), rows("""
                SELECT ?fact WHERE {
                  ?fact unr:describes id:mechanism/upr ; unr:established ?year .
                  FILTER NOT EXISTS { ?fact unr:inferredProperty unr:established ; unr:inferenceNote ?note }
                }""", "fact"), "a founding year of the UPR that no article gives as such");
    }

    /** What the source hedges, plans or expects never carries the dates of what happened. */
    @Test
    void noPlanOrExpectationCarriesTheDatesOfAnEvent() {
        assertEquals(List.of(), rows("""
                SELECT ?fact ?p WHERE {
                  GRAPH ?g {
                    ?fact unr:certainty ?c ; ?p ?date .
                    VALUES ?c { <https://w3id.org/un-rights/vocab/certainty/expected> <https://w3id.org/un-rights/vocab/certainty/planned> }
                    VALUES ?p { unr:date unr:startDate unr:endDate unr:established unr:outcomeDate }
                  }
                }""", "fact", "p"));
    }

    /** A number deduced from the source's words keeps the words beside it. */
    @Test
    void everyDeducedFigureKeepsTheSourcesWords() {
        assertEquals(List.of(), rows("""
                SELECT ?figure WHERE {
                  ?figure a unr:Figure ; unr:inferredProperty unr:value .
                  FILTER NOT EXISTS { ?figure unr:sourceWording ?words }
                }""", "figure"));
    }
}
