package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * A concept's page groups its links by the build's counts ({@link Statistics#linksToConcept}) instead of reading
 * every link: over the shipped graph, roll calls included, the groups are those a page that reads every link shows.
 */
class ConceptLinksTest {
    private static final Node YES = Ids.concept("vote-option", "yes");
    private static final List<Node> CONCEPTS = List.of(YES, Ids.concept("vote-option", "no"),
            Ids.concept("vote-option", "abstain"), Ids.concept("certainty", "stated"));

    @Test
    void theCountsAreTheBallotsOfEachOption() {
        RightsGraph graph = Fixtures.shippedGraph();
        DatasetGraph dataset = graph.dataset();
        long yesBallots = Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, Node.ANY, Unr.option, YES).count());
        assertTrue(yesBallots > 600_000, "the record's ballots in favour: " + yesBallots);
        assertEquals(Map.of("ballot", yesBallots), Fixtures.shippedStatistics().linksToConcept(YES));
    }

    @Test
    void aConceptPageGroupsItsLinksAsReadingThemAllDoes() {
        RightsGraph graph = Fixtures.shippedGraph();
        DatasetGraph dataset = graph.dataset();
        Statistics counted = Fixtures.shippedStatistics();
        Statistics uncounted = withLinks(counted, Map.of());
        Txn.executeRead(dataset, () -> {
            for (Node concept : CONCEPTS) {
                for (int page : List.of(1, 2)) {
                    assertEquals(groups(graph, uncounted, concept, page), groups(graph, counted, concept, page), concept + ", page " + page);
                }
            }
        });
    }

    @Test
    void thePageTakesTheCountsItIsGiven() {
        RightsGraph graph = Fixtures.shippedGraph();
        Statistics counted = Fixtures.shippedStatistics();
        Map<String, Map<String, Long>> oneMore = new TreeMap<>(counted.linksToConcepts());
        long ballots = counted.linksToConcept(YES).get("ballot");
        oneMore.put(YES.getURI(), Map.of("ballot", ballots + 1));
        List<ResourceView.IncomingGroup> groups = Txn.calculateRead(graph.dataset(), () -> groups(graph, withLinks(counted, oneMore), YES, 1));
        assertEquals(ballots + 1, groups.get(0).total(), "the count given, not one read from the store");
    }

    private static List<ResourceView.IncomingGroup> groups(RightsGraph graph, Statistics statistics, Node concept, int page) {
        return new ResourcePage(graph.dataset(), graph.kinds(), new BallotIndex(graph), statistics, new Labels(graph.dataset()))
                .view(concept, graph.dataset(), List.of(), "ballot", page, null).incoming();
    }

    private static Statistics withLinks(Statistics s, Map<String, Map<String, Long>> links) {
        return new Statistics(s.triples(), s.subjects(), s.properties(), s.classes(), s.entities(), s.instancesPerClass(),
                s.instancesOfKind(), s.triplesPerGraph(), s.factNodes(), s.factNodesWithProvenance(), links);
    }
}
