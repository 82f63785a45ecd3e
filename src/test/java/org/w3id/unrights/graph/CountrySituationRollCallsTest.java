package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unrights.graph.ComputedFixtures.turtle;
import static org.w3id.unrights.graph.ComputedFixtures.violations;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The roll calls on one country's human-rights situation, listed at build ({@link CountrySituationRollCalls}): on a
 * small record whose answer is known (title or description, any letter case, the human-rights issue only, the
 * record's graph only), and on the shipped record, where the list holds exactly the roll calls that the SPARQL
 * test it stands for picks out.
 */
class CountrySituationRollCallsTest {
    private static final String PREFIXES = """
            @prefix issue: <https://w3id.org/un-rights/vocab/unga-issue/> .
            @prefix rc: <https://w3id.org/un-rights/id/rollcall/> .
            """;

    @Test
    void listsTheHumanRightsRollCallsWhoseTitleOrDescriptionNamesASituation() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.addGraph(CountrySituationRollCalls.ROLL_CALL_GRAPH, turtle(PREFIXES + """
                rc:1 unr:issue issue:hr ; dct:title "Situation of human rights in Myanmar"@en .
                rc:2 unr:issue issue:hr ; dct:title "Draft resolution A/C.3/50/L.1" ; dct:description "On the HUMAN RIGHTS SITUATION IN Cuba" .
                rc:3 unr:issue issue:hr ; dct:description "The question of human rights in Kosovo" .
                rc:4 unr:issue issue:hr ; dct:title "Human rights in the administration of justice" .
                rc:5 unr:issue issue:me ; dct:title "Situation of human rights in the occupied territories" .
                rc:6 unr:issue issue:hr ; dct:title "The situation of human rights" ; dct:description "in Iraq" .
                """));
        dataset.addGraph(Ids.graph("elsewhere"), turtle(PREFIXES + """
                rc:7 unr:issue issue:hr ; dct:title "Situation of human rights in Belarus" .
                """));

        Graph list = CountrySituationRollCalls.of(dataset);

        assertEquals(Set.of("1", "2", "3", "6"), listed(list),
                "title, description, any case, and a title and description joined by a space; not another issue, nor another graph");
        assertTrue(list.contains(CountrySituationRollCalls.LIST, Unr.computedBy, CountrySituationRollCalls.ROLL_CALLS_ON_A_COUNTRY_SITUATION));
        assertTrue(list.contains(CountrySituationRollCalls.LIST, Std.rdfType, Unr.RollCallList));
    }

    @Test
    void aRecordWithoutSuchRollCallsGetsNoList() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.addGraph(CountrySituationRollCalls.ROLL_CALL_GRAPH, turtle(PREFIXES + """
                rc:4 unr:issue issue:hr ; dct:title "Human rights in the administration of justice" .
                """));
        assertTrue(CountrySituationRollCalls.of(dataset).isEmpty());
    }

    @Test
    void onTheShippedRecordTheListIsWhatTheSparqlTestPicksOut() {
        QueryRunner runner = new QueryRunner(Fixtures.shippedGraph());
        String prefixes = """
                PREFIX unr: <https://w3id.org/un-rights/ontology#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX computation: <https://w3id.org/un-rights/vocab/computation/>
                PREFIX unga-issue: <https://w3id.org/un-rights/vocab/unga-issue/>
                """;
        Set<String> byRegex = rows(runner, prefixes + """
                SELECT ?rc WHERE {
                  GRAPH <https://w3id.org/un-rights/graph/unga-rollcalls> {
                    ?rc unr:issue unga-issue:hr .
                    OPTIONAL { ?rc dct:title ?t } OPTIONAL { ?rc dct:description ?d }
                  }
                  FILTER (REGEX(CONCAT(COALESCE(?t, ""), " ", COALESCE(?d, "")),
                                "(situation of human rights|human rights situation|question of human rights) in ", "i"))
                }""");
        Set<String> listed = rows(runner, prefixes + """
                SELECT ?rc WHERE { GRAPH <https://w3id.org/un-rights/graph/computed> {
                  ?list unr:computedBy computation:roll-calls-on-a-country-situation ; unr:listedRollCall ?rc } }""");
        assertTrue(byRegex.size() > 100, "the record's country resolutions: " + byRegex.size());
        assertEquals(byRegex, listed);
    }

    @Test
    void aListWithASourceOrNoRollCallBreaksItsShape() {
        Graph bad = turtle("""
                ex:l a unr:RollCallList ; unr:computedBy ex:method ; prov:wasDerivedFrom ex:a1 .
                ex:method a skos:Concept .
                """);
        String entries = violations(bad);
        assertTrue(entries.contains("A roll-call list is computed"), entries);
        assertTrue(entries.contains("lists at least one roll call"), entries);
    }

    private static Set<String> listed(Graph list) {
        return list.find(CountrySituationRollCalls.LIST, Unr.listedRollCall, Node.ANY).toList().stream()
                .map(t -> t.getObject().getURI().replaceFirst(".*/", "")).collect(Collectors.toSet());
    }

    private static Set<String> rows(QueryRunner runner, String query) {
        Set<String> rows = new TreeSet<>();
        runner.select(query, results -> results.forEachRemaining(row -> rows.add(row.get("rc").toString())));
        return rows;
    }
}
