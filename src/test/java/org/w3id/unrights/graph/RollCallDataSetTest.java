package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Ids;

/**
 * The General Assembly's roll calls in the shipped graph, in full: every roll call and ballot of the data
 * set's README, each ballot's state a state of the reference tables, and the data set kept out of SHACL.
 */
class RollCallDataSetTest {
    static final String GRAPH = "<https://w3id.org/un-rights/graph/unga-rollcalls>";
    static final String PREFIXES = "PREFIX unr: <https://w3id.org/un-rights/ontology#>\n";

    @Test
    void everyRollCallAndBallotOfTheDataSet() {
        assertEquals(6202, count("SELECT (COUNT(?v) AS ?n) WHERE { GRAPH " + GRAPH + " { ?v a unr:Vote } }"));
        assertEquals(869937, count("SELECT (COUNT(?b) AS ?n) WHERE { GRAPH " + GRAPH + " { ?b a unr:Ballot } }"));
        assertEquals(869937, count("SELECT (COUNT(?b) AS ?n) WHERE { GRAPH " + GRAPH + " { ?v unr:hasBallot ?b } }"));
    }

    @Test
    void everyBallotsStateIsAStateOfTheReferenceTables() {
        assertEquals(0, count("SELECT (COUNT(?b) AS ?n) WHERE { GRAPH " + GRAPH + " { ?b a unr:Ballot } "
                + "FILTER NOT EXISTS { GRAPH " + GRAPH + " { ?b unr:voter ?s } GRAPH <" + Ids.REFERENCE_GRAPH.getURI() + "> { ?s a unr:State } } }"));
        assertEquals(203, count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH " + GRAPH + " { ?b unr:voter ?s } }"));
    }

    @Test
    void everyRollCallAndResolutionItMintsHasSourceAndLocator() {
        assertEquals(0, count("PREFIX prov: <http://www.w3.org/ns/prov#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH " + GRAPH + " { "
                + "{ ?x a unr:Vote } UNION { ?x a unr:Resolution } "
                + "FILTER NOT EXISTS { ?x prov:wasDerivedFrom <https://w3id.org/un-rights/id/source/unga-rollcalls> ; unr:locator ?l } } }"));
    }

    @Test
    void talliesAreComputedFromTheBallotsAndMarkedSo() {
        assertEquals(0, count("SELECT (COUNT(?v) AS ?n) WHERE { GRAPH " + GRAPH + " { ?v a unr:Vote ; unr:yesCount ?yes } "
                + "FILTER NOT EXISTS { GRAPH " + GRAPH + " { ?v unr:inferred true ; unr:inferenceNote ?note } "
                + "FILTER STRSTARTS(?note, \"The yes, no and abstain counts are computed\") } }"));
        assertEquals(693544, count("SELECT (SUM(?y) AS ?n) WHERE { GRAPH " + GRAPH + " { ?v unr:yesCount ?y } }"));
    }

    @Test
    void theDataSetIsASourceOfItsOwnAndNotCheckedByTheShapes() {
        RightsGraph graph = Fixtures.shippedGraph();
        assertEquals(List.of(Ids.graph("unga-rollcalls")), graph.dataSetGraphs());
        Node graphName = graph.dataSetGraphs().get(0);
        assertTrue(!graph.isCurated(graphName));
        assertEquals(3, count("PREFIX spdx: <http://spdx.org/rdf/terms#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                + "SELECT (COUNT(?c) AS ?n) WHERE { GRAPH " + GRAPH + " { <https://w3id.org/un-rights/id/source/unga-rollcalls> "
                + "dcat:distribution/spdx:checksum/spdx:checksumValue ?c } }"));
    }

    @Test
    void noTextOfThePublishedDataIsMisEncoded() {
        // The marks a character's UTF-8 bytes leave when read as Windows-1252: "Ã", "Â", "â€".
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o FILTER (isLiteral(?o) && REGEX(STR(?o), \"Ã|Â|â€\")) } }"));
    }

    @Test
    void aRepairedTextIsWrittenAsRepairedAndMarkedSo() {
        assertEquals(1, count("""
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH %s {
                  <https://w3id.org/un-rights/id/vote/unga-rollcall-4604> dct:title "Situation of human rights in the Democratic People's Republic of Korea"@en ;
                      unr:inferred true ; unr:inferredProperty dct:title } }""".formatted(GRAPH)));
    }

    private static long count(String query) {
        long[] n = {-1};
        new QueryRunner(Fixtures.shippedGraph()).select(PREFIXES + query, rows -> n[0] = rows.next().getLiteral("n").getLong());
        return n[0];
    }
}
