package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** Identity links of the shipped reference data: complete codes, and only verified Wikidata links. */
class ReferenceDataTest {
    /**
     * Wikidata items checked by hand against their pages. A link outside this list fails the build until
     * someone verifies it and adds it here: a wrong link is worse than none.
     */
    static final Set<String> VERIFIED_WIKIDATA = Set.of(
            "Q423", "Q884", "Q17", "Q30", "Q148", "Q159", "Q458", "Q1065", "Q47423", "Q205650", "Q37470", "Q47488");

    @Test
    void everyWikidataLinkIsAVerifiedOne() {
        RightsGraph graph = Fixtures.shippedGraph();
        List<String> unverified = new ArrayList<>();
        Txn.executeRead(graph.dataset(), () -> graph.dataset().find(Node.ANY, Node.ANY, Std.owlSameAs, Node.ANY)
                .forEachRemaining(q -> {
                    String target = q.getObject().getURI();
                    String qid = target.substring(target.lastIndexOf('/') + 1);
                    if (!target.equals(Ids.wikidata(qid).getURI()) || !VERIFIED_WIKIDATA.contains(qid)) {
                        unverified.add(q.getSubject().getURI() + " -> " + target);
                    }
                }));
        assertEquals(List.of(), unverified);
    }

    /** Present states have all three codes; a former state (with an end date) has those ISO gave it. */
    @Test
    void everyStateHasIsoAndM49Codes() {
        RightsGraph graph = Fixtures.shippedGraph();
        List<String> incomplete = new ArrayList<>();
        Txn.executeRead(graph.dataset(), () -> graph.dataset().find(Ids.REFERENCE_GRAPH, Node.ANY, Std.rdfType, Unr.State)
                .forEachRemaining(q -> {
                    Node state = q.getSubject();
                    if (graph.dataset().contains(Ids.REFERENCE_GRAPH, state, Unr.endDate, Node.ANY)) {
                        if (!graph.dataset().contains(Ids.REFERENCE_GRAPH, state, Unr.startDate, Node.ANY)) {
                            incomplete.add(state.getURI() + " is a former state without the year it first voted");
                        }
                        return;
                    }
                    for (Node code : List.of(Unr.isoAlpha2, Unr.isoAlpha3, Unr.m49Code)) {
                        if (!graph.dataset().contains(Ids.REFERENCE_GRAPH, state, code, Node.ANY)) {
                            incomplete.add(state.getURI() + " lacks " + code.getLocalName());
                        }
                    }
                }));
        assertEquals(List.of(), incomplete);
        assertTrue(Txn.calculateRead(graph.dataset(), () ->
                graph.dataset().stream(Ids.REFERENCE_GRAPH, null, Std.rdfType, Unr.State).count()) >= 5);
    }
}
