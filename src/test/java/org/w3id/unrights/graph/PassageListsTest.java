package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unrights.graph.ComputedFixtures.turtle;
import static org.w3id.unrights.graph.ComputedFixtures.violations;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * The passage lists computed at build ({@link PassageLists}) on a small graph whose answer is known: a body's
 * passages include those naming a body two levels under it, a source typed by a subclass of unr:Source counts, and
 * a passage counts only where the graph that types the source holds a fact derived from that source. The named
 * query that reads the lists keeps its expected answer on the shipped data (NamedQueriesTest).
 */
class PassageListsTest {
    @Test
    void aThingsListHoldsThePassagesOfItsSourceThatNameItOrABodyUnderIt() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.addGraph(Ids.ONTOLOGY_GRAPH, turtle("""
                ex:Article rdfs:subClassOf unr:Source .
                ex:page rdfs:subPropertyOf unr:locator .
                """));
        dataset.addGraph(Ids.REFERENCE_GRAPH, turtle("""
                ref:council dct:source ex:a1, ex:a2 ; rdfs:label "Council" .
                ref:rapporteur org:subOrganizationOf ref:council .
                ref:office org:subOrganizationOf ref:rapporteur .
                ref:quiet dct:source ex:a1 .
                """));
        dataset.addGraph(Ids.graph("a1"), turtle("""
                ex:a1 a ex:Article .
                ex:f1 unr:concerns ref:office ; unr:locator "p. 3" ; prov:wasDerivedFrom ex:a1 .
                ex:f2 unr:about ref:council ; ex:page "p. 2" ; prov:wasDerivedFrom ex:a1 .
                ex:f3 unr:about ref:council ; unr:locator "p. 1" ; prov:wasDerivedFrom ex:a2 .
                """));
        dataset.addGraph(Ids.graph("elsewhere"), turtle("""
                ex:f4 unr:about ref:council ; unr:locator "p. 9" ; prov:wasDerivedFrom ex:a1 .
                """));

        Graph lists = PassageLists.of(dataset);

        Node council = list("reference/council", "source/a1");
        assertEquals(Set.of("p. 2", "p. 3"), passages(lists, council),
                "two levels down and through a subproperty of unr:locator; not another source's fact, nor a graph that does not type the source");
        assertTrue(lists.contains(council, Unr.listedThing, NodeFactory.createURI(Ids.ID + "reference/council")));
        assertTrue(lists.contains(council, Unr.listedSource, NodeFactory.createURI(Ids.ID + "source/a1")));
        assertTrue(lists.contains(council, Unr.computedBy, PassageLists.PASSAGES_NAMING_A_THING));
        assertFalse(lists.contains(list("reference/council", "source/a2"), Node.ANY, Node.ANY),
                "a2 is typed a source in no graph");
        assertFalse(lists.contains(list("reference/quiet", "source/a1"), Node.ANY, Node.ANY), "no passage, no list");
        assertEquals(1, lists.find(Node.ANY, Unr.listedThing, Node.ANY).toList().size());
    }

    @Test
    void aListWithASourceOfItsOwnOrNoPassageBreaksItsShape() {
        Graph bad = turtle("""
                ex:l a unr:PassageList ; unr:computedBy ex:method ; unr:listedThing ref:council ; unr:listedSource ex:a1 ;
                     prov:wasDerivedFrom ex:a1 .
                ex:method a skos:Concept .
                """);
        String entries = violations(bad);
        assertTrue(entries.contains("carries no prov:wasDerivedFrom"), entries);
        assertTrue(entries.contains("lists at least one passage"), entries);
    }

    private static Node list(String thing, String source) {
        return NodeFactory.createURI(Ids.ID + "passages/" + thing + "/in/" + source);
    }

    private static Set<String> passages(Graph lists, Node list) {
        return lists.find(list, Unr.passageLocator, Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet());
    }
}
