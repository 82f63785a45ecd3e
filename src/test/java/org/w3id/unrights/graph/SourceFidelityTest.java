package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The shipped data says no more than its articles: each source graph keeps its hedges, claims and plans,
 * and the cases of overstatement found in re-reading the articles stay fixed. Each check is a query that
 * lists offending nodes, so a failure names them.
 */
class SourceFidelityTest {
    private static final String CERTAINTY = "https://w3id.org/un-rights/vocab/certainty/";

    private static List<String> rows(String query, String... vars) {
        return rows(Fixtures.shippedGraph(), query, vars);
    }

    private static List<String> rows(RightsGraph graph, String query, String... vars) {
        List<String> found = new ArrayList<>();
        new QueryRunner(graph).select(Prefixes.sparqlPrologue() + query, rs -> rs.forEachRemaining(row -> {
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
        RightsGraph shipped = Fixtures.shippedGraph();
        // the articles' graphs: a data set of roll calls records votes, it has nothing to hedge
        List<Node> graphs = new ArrayList<>(shipped.sourceGraphs());
        graphs.removeIf(g -> !shipped.isCurated(g));
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
                  VALUES ?role { <https://w3id.org/un-rights/id/role/kor-unsc-seat-2024-nkdb2023> <https://w3id.org/un-rights/id/role/jpn-unsc-seat-2024-nkdb2023> <https://w3id.org/un-rights/id/role/usa-unsc-seat-2024-nkdb2023> }
                  ?role unr:certainty ?c ; unr:expectedDate ?when .
                  OPTIONAL { ?role unr:startDate ?from } OPTIONAL { ?role unr:endDate ?to }
                } ORDER BY ?role""", "c", "when", "from", "to");
        assertEquals(3, seats.size(), seats::toString);
        for (String seat : seats) {
            assertEquals(CERTAINTY + "expected \"2024\"^^xsd:gYear null null", seat);
        }
    }

    /** Example: a visit the article only speculates about, and an office only planned, are not events that happened. */
    @Test
    void speculatedVisitAndPlannedOfficeAreNotFacts() {
        assertEquals(List.of(CERTAINTY + "hedged"), rows(
                "SELECT ?c WHERE { <https://w3id.org/un-rights/id/event/lambrinidis-possible-pyongyang-visit-2014> unr:certainty ?c }", "c"));
        assertEquals(List.of(CERTAINTY + "planned \"2015\"^^xsd:gYear null"), rows("""
                SELECT ?c ?when ?from WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/38north-2014-beyond-security-council> {
                    ?fact unr:describes <https://w3id.org/un-rights/id/mechanism/ohchr-seoul-office> ; unr:certainty ?c ; unr:expectedDate ?when .
                    OPTIONAL { ?fact unr:startDate ?from }
                  }
                }""", "c", "when", "from"));
    }

    /** Example: "October 22, 2019" may date the presentation or the press conference after it; neither gets the day. */
    @Test
    void anAmbiguousDayIsNotSettled() {
        assertEquals(List.of(), rows("""
                SELECT ?event ?date WHERE {
                  VALUES ?event { <https://w3id.org/un-rights/id/event/sr-dprk-ga-presentation-2019> <https://w3id.org/un-rights/id/event/sr-dprk-press-conference-2019-10> }
                  ?event unr:date ?date FILTER (datatype(?date) = xsd:date)
                }""", "event", "date"));
    }

    /** Example: Darusman's "113 of 268" were stored as the second cycle's counts; the article does not say which cycle. */
    @Test
    void figuresForUnclearCyclesAreNotAnotherCyclesCounts() {
        assertEquals(List.of(), rows("""
                SELECT ?n WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/kei-2019-king-sr-engagement> {
                    { <https://w3id.org/un-rights/id/review/prk-upr-2> unr:recommendationCount ?n } UNION { <https://w3id.org/un-rights/id/review/prk-upr-2> unr:hasResponse/unr:count ?n }
                  }
                }""", "n"));
        assertEquals(List.of("\"113.0\"^^xsd:decimal " + CERTAINTY + "attributed"), rows("""
                SELECT ?v ?c WHERE {
                  ?f a unr:Figure ; unr:value ?v ; unr:certainty ?c ; unr:claimedBy <https://w3id.org/un-rights/id/person/marzuki-darusman>
                  FILTER (?v = 113)
                }""", "v", "c"));
    }

    /** Example: a year deduced for "17 August" and the UPR's founding year are marked as deductions with a note. */
    @Test
    void deducedDatesAreMarked() {
        List<String> unmarked = rows("""
                SELECT ?fact ?p WHERE {
                  VALUES (?fact ?p) {
                    (<https://w3id.org/un-rights/id/event/unsc-2023-08-17-dprk-meeting> unr:date)
                    (<https://w3id.org/un-rights/id/event/rus-prk-summit-2023> unr:date)
                  }
                  FILTER NOT EXISTS { ?fact unr:inferredProperty ?p ; unr:inferenceNote ?note }
                }""", "fact", "p");
        assertEquals(List.of(), unmarked);
        assertEquals(List.of(), rows("""
                SELECT ?fact WHERE {
                  ?fact unr:describes <https://w3id.org/un-rights/id/mechanism/upr> ; unr:established ?year .
                  FILTER NOT EXISTS { ?fact unr:inferredProperty unr:established ; unr:inferenceNote ?note }
                }""", "fact"), "a founding year of the UPR that no article gives as such");
    }

    /** The 2014 drafts are linked in order, and the first draft, which the article never names, is marked as deduced. */
    @Test
    void draftRevisionAndAdoptedTextAreLinked() {
        assertEquals(List.of("\"true\"^^xsd:boolean \"true\"^^xsd:boolean"), rows("""
                SELECT ?revisionDeduced ?firstDeduced WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/38north-2014-beyond-security-council> {
                    <https://w3id.org/un-rights/id/resolution/A/C.3/69/L.28/Rev.1>
                        unr:revisionOf <https://w3id.org/un-rights/id/resolution/A/C.3/69/L.28> ;
                        unr:draftOf <https://w3id.org/un-rights/id/resolution/A/RES/69/188> ;
                        unr:inferenceNote ?n1 .
                    <https://w3id.org/un-rights/id/resolution/A/C.3/69/L.28> unr:symbol "A/C.3/69/L.28" ; unr:inferenceNote ?n2 .
                    BIND (EXISTS { <https://w3id.org/un-rights/id/resolution/A/C.3/69/L.28/Rev.1> unr:inferredProperty unr:revisionOf } AS ?revisionDeduced)
                    BIND (EXISTS { <https://w3id.org/un-rights/id/resolution/A/C.3/69/L.28> unr:inferredProperty unr:symbol } AS ?firstDeduced)
                  }
                }""", "revisionDeduced", "firstDeduced"));
        assertEquals(List.of("https://w3id.org/un-rights/id/resolution/A/C.3/69/L.28/Rev.1"), rows("""
                SELECT ?r WHERE { <https://w3id.org/un-rights/id/vote/ga3c-2014-11-18-dprk> unr:onResolution ?r }""", "r"),
                "the committee voted on the revised draft");
    }

    /** Note 18's shares of members are what China sought and did not obtain, not rules of the Council. */
    @Test
    void thresholdsChinaSoughtAreItsProposalsNotTheCouncilsRules() {
        assertEquals(List.of("\"0.3333\"^^xsd:decimal https://w3id.org/un-rights/id/state/chn",
                        "\"0.6667\"^^xsd:decimal https://w3id.org/un-rights/id/state/chn"), rows("""
                SELECT ?v ?who WHERE {
                  ?f unr:measure <https://w3id.org/un-rights/vocab/measure/threshold> ; unr:value ?v ; unr:sourceWording ?w ;
                     unr:about <https://w3id.org/un-rights/id/body/un-human-rights-council>, ?p .
                  ?p a unr:Proposal ; unr:proposedBy ?who .
                } ORDER BY ?v""", "v", "who"));
        assertEquals(List.of(), rows("""
                SELECT ?f WHERE {
                  ?f unr:measure <https://w3id.org/un-rights/vocab/measure/threshold>
                  FILTER NOT EXISTS { ?f unr:about ?p . ?p a unr:Proposal }
                }""", "f"), "a threshold figure not tied to who sought it would read as a rule in force");
    }

    /** Muntarbhorn's country is a fact of note 31 with its certainty, not words in a summary. */
    @Test
    void nationalityIsAFactOfItsSource() {
        assertEquals(List.of("https://w3id.org/un-rights/id/state/tha " + CERTAINTY + "stated note 31"), rows("""
                SELECT ?state ?c ?loc WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/38north-2014-beyond-security-council> {
                    ?f a unr:PersonFact ; unr:aboutPerson <https://w3id.org/un-rights/id/person/vitit-muntarbhorn> ;
                       unr:nationality ?state ; unr:certainty ?c ; unr:locator ?loc ;
                       prov:wasDerivedFrom <https://w3id.org/un-rights/id/source/38north-2014-beyond-security-council> .
                  }
                }""", "state", "c", "loc"));
    }

    /** AIIA para 2: the charges against the DPRK are others' claims, and the article names no accuser. */
    @Test
    void accusationsWithoutANamedAccuserAreAttributedToNobody() {
        assertEquals(List.of(CERTAINTY + "attributed"), rows("""
                SELECT ?c WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/aiia-2017-chow-upr> {
                    ?e unr:eventKind <https://w3id.org/un-rights/vocab/event-kind/accusation> ;
                       unr:concerns <https://w3id.org/un-rights/id/state/prk> ; unr:certainty ?c ; unr:locator "para 2" .
                    FILTER NOT EXISTS { ?e unr:participant ?who }
                    FILTER NOT EXISTS { ?e unr:claimedBy ?who }
                  }
                }""", "c"));
    }

    static final String NOT_YET_WITH_DATES = """
            SELECT ?fact ?p WHERE {
              GRAPH ?g {
                ?fact unr:certainty ?c ; ?p ?date .
                VALUES ?c { <https://w3id.org/un-rights/vocab/certainty/expected> <https://w3id.org/un-rights/vocab/certainty/planned> }
                VALUES ?p { unr:date unr:startDate unr:endDate unr:established unr:outcomeDate }
              }
            }""";

    static final String DEDUCED_FIGURE_WITHOUT_WORDS = """
            SELECT ?figure WHERE {
              ?figure a unr:Figure ; unr:inferredProperty unr:value .
              FILTER NOT EXISTS { ?figure unr:sourceWording ?words }
            }""";

    static final String REFERENCE_WITHOUT_SOURCE = """
            SELECT DISTINCT ?thing WHERE {
              GRAPH <https://w3id.org/un-rights/graph/reference> {
                ?thing a ?class
                FILTER (STRSTARTS(STR(?thing), STR(id:)))
                FILTER NOT EXISTS { ?thing dct:source ?source }
              }
              FILTER (?class IN (unr:State, unr:Body, unr:Person, unr:Mechanism))
            }""";

    private static RightsGraph fixtureWith(java.util.function.Consumer<DatasetGraph> edit) {
        RightsGraph graph = Fixtures.minimalGraph();
        Txn.executeWrite(graph.dataset(), () -> edit.accept(graph.dataset()));
        return graph;
    }

    private static String nonStated(Node graphName) {
        return "SELECT ?fact WHERE { GRAPH <" + graphName.getURI() + "> { ?fact unr:certainty ?c "
                + "FILTER (?c != <" + CERTAINTY + "stated>) } }";
    }

    /** What the source plans or expects never carries the dates of what happened. */
    @Test
    void noPlanOrExpectationCarriesTheDatesOfAnEvent() {
        assertEquals(List.of(), rows(NOT_YET_WITH_DATES, "fact", "p"));
    }

    /** The error of the 2024 seats, repeated on a fixture: an expected seat with an end date is found. */
    @Test
    void anExpectedSeatWithAnEndDateIsFound() {
        Node seat = Ids.id("role", "expected-seat");
        Node graphName = Ids.graph("fixture-source");
        RightsGraph graph = fixtureWith(ds -> {
            ds.add(graphName, seat, Std.rdfType, Unr.Role);
            ds.add(graphName, seat, Unr.certainty, NodeFactory.createURI(CERTAINTY + "expected"));
            ds.add(graphName, seat, Unr.endDate, NodeFactory.createLiteralDT("2024", XSDDatatype.XSDgYear));
        });
        assertEquals(List.of(seat.getURI() + " " + Unr.endDate.getURI()), rows(graph, NOT_YET_WITH_DATES, "fact", "p"));
    }

    /** A number deduced from the source's words keeps the words beside it. */
    @Test
    void everyDeducedFigureKeepsTheSourcesWords() {
        assertEquals(List.of(), rows(DEDUCED_FIGURE_WITHOUT_WORDS, "figure"));
        Node figure = Ids.id("figure", "over-twenty");
        RightsGraph graph = fixtureWith(ds -> {
            ds.add(Ids.graph("fixture-source"), figure, Std.rdfType, Unr.Figure);
            ds.add(Ids.graph("fixture-source"), figure, Unr.inferredProperty, Unr.value);
        });
        assertEquals(List.of(figure.getURI()), rows(graph, DEDUCED_FIGURE_WITHOUT_WORDS, "figure"));
    }

    /** Every state, body, person and mechanism of the reference tables names where it comes from. */
    @Test
    void everyReferenceThingNamesItsSource() {
        assertEquals(List.of(), rows(REFERENCE_WITHOUT_SOURCE, "thing"));
        Node stray = Ids.id("body", "stray-body");
        RightsGraph graph = fixtureWith(ds -> ds.add(Ids.REFERENCE_GRAPH, stray, Std.rdfType, Unr.Body));
        assertEquals(List.of(stray.getURI()), rows(graph, REFERENCE_WITHOUT_SOURCE, "thing"));
    }

    /**
     * An article named as a source of a reference thing names it in its own description (author, publisher) or
     * at a located passage, directly or through one of its organs.
     */
    @Test
    void everyArticleSourceOfAReferenceThingHasAPassage() {
        assertEquals(List.of(), rows(ARTICLE_SOURCE_WITHOUT_PASSAGE, "thing", "source"));
        Node stray = Ids.id("body", "named-nowhere");
        Node source = Ids.id("source", "fixture-source");
        RightsGraph graph = fixtureWith(ds -> {
            ds.add(Ids.REFERENCE_GRAPH, stray, Std.rdfType, Unr.Body);
            ds.add(Ids.REFERENCE_GRAPH, stray, Std.dctSource, source);
        });
        assertEquals(List.of(stray.getURI() + " " + source.getURI()), rows(graph, ARTICLE_SOURCE_WITHOUT_PASSAGE, "thing", "source"));
    }

    static final String ARTICLE_SOURCE_WITHOUT_PASSAGE = """
            SELECT ?thing ?source WHERE {
              GRAPH <https://w3id.org/un-rights/graph/reference> { ?thing dct:source ?source }
              GRAPH ?g { ?source a unr:Source }
              FILTER NOT EXISTS { GRAPH ?g { ?source ?named ?thing } }
              FILTER NOT EXISTS {
                GRAPH ?g { ?fact ?p ?mentioned ; unr:locator ?locator ; prov:wasDerivedFrom ?source }
                GRAPH <https://w3id.org/un-rights/graph/reference> { ?mentioned org:subOrganizationOf* ?thing }
              }
            }""";

    /** The check on non-stated facts has something to find: a graph made all stated shows none. */
    @Test
    void aSourceGraphMadeAllStatedHasNoOtherFacts() {
        Node graphName = Ids.graph("fixture-source");
        assertTrue(rows(Fixtures.minimalGraph(), nonStated(graphName), "fact").size() > 0, "the fixture holds non-stated facts");
        RightsGraph graph = fixtureWith(ds -> {
            List<Quad> marks = new ArrayList<>();
            ds.find(graphName, Node.ANY, Unr.certainty, Node.ANY).forEachRemaining(marks::add);
            for (Quad q : marks) {
                ds.delete(q);
                ds.add(graphName, q.getSubject(), Unr.certainty, NodeFactory.createURI(CERTAINTY + "stated"));
            }
        });
        assertEquals(List.of(), rows(graph, nonStated(graphName), "fact"));
    }
}
