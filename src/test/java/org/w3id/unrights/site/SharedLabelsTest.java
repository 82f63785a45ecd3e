package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Over the shipped graph: a label kept for later requests is the label the thing gets when it is asked for alone,
 * whatever a request asked before it. Titles made from each other's (a statement about a statement, a paragraph
 * of a resolution whose title names it) are made differently in different orders; they must stay out of the
 * shared labels.
 */
class SharedLabelsTest {
    private static final int ROLL_CALLS = 300;

    @Test
    void aSharedLabelIsTheLabelMadeAloneWhateverWasAskedBefore() {
        DatasetGraph dataset = Fixtures.shippedGraph().dataset();
        Txn.executeRead(dataset, () -> {
            List<Node> things = things(dataset);
            assertTrue(things.size() > 1_000, "the curated things and some roll calls: " + things.size());
            List<String> alone = things.stream().map(n -> new Labels(dataset).full(n)).toList();

            SharedLabels shared = new SharedLabels(dataset);
            // Two requests fill the shared labels, each over every thing, in opposite orders.
            Labels first = shared.forRequest();
            things.forEach(first::full);
            List<Node> reversed = new ArrayList<>(things);
            Collections.reverse(reversed);
            Labels second = shared.forRequest();
            reversed.forEach(second::full);

            for (int i = 0; i < things.size(); i++) {
                assertEquals(alone.get(i), shared.forRequest().full(things.get(i)), things.get(i).getURI());
            }
        });
    }

    /**
     * Two figures, each about the other, and a third about the first: the title of each is made from the others',
     * so a request that asks for one first makes the others' with a cut ("figure/f1"). Whatever a request asks
     * first, a later one gets each title as it is made alone.
     */
    @Test
    void titlesMadeFromEachOtherAreNotKeptAsTheyWereMadeInOneOrder() {
        Node f1 = Ids.id("figure", "f1");
        Node f2 = Ids.id("figure", "f2");
        Node f3 = Ids.id("figure", "f3");
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node graph = NodeFactory.createURI(Ids.GRAPH + "test");
        Txn.executeWrite(dataset, () -> {
            for (Node[] figure : new Node[][] {{f1, f2}, {f2, f1}, {f3, f1}}) {
                dataset.add(graph, figure[0], Std.rdfType, Unr.Figure);
                dataset.add(graph, figure[0], Unr.about, figure[1]);
                dataset.add(graph, figure[0], Unr.measure, NodeFactory.createLiteralString("Measure " + figure[0].getURI().substring(figure[0].getURI().length() - 2)));
            }
        });
        Txn.executeRead(dataset, () -> {
            List<Node> figures = List.of(f1, f2, f3);
            List<String> alone = figures.stream().map(n -> new Labels(dataset).full(n)).toList();
            SharedLabels shared = new SharedLabels(dataset);
            Labels first = shared.forRequest();
            assertTrue(first.full(f2).contains("figure/f2"), "the cycle is cut: " + first.full(f2));
            first.full(f3);
            for (int i = 0; i < figures.size(); i++) {
                assertEquals(alone.get(i), shared.forRequest().full(figures.get(i)), figures.get(i).getURI());
            }
        });
    }

    /** Every project subject of the curated graphs, then the first roll calls of the record. */
    private static List<Node> things(DatasetGraph dataset) {
        Set<Node> things = new LinkedHashSet<>();
        dataset.listGraphNodes().forEachRemaining(graph -> {
            if (!graph.getURI().endsWith("/unga-rollcalls")) {
                dataset.stream(graph, Node.ANY, Node.ANY, Node.ANY).map(Quad::getSubject)
                        .filter(s -> s.isURI() && s.getURI().startsWith(Ids.ID)).forEach(things::add);
            }
        });
        dataset.stream(Node.ANY, Node.ANY, Std.rdfType, Unr.Vote).map(Quad::getSubject).filter(s -> s.getURI().contains("unga-rollcall-"))
                .limit(ROLL_CALLS).forEach(things::add);
        return new ArrayList<>(things);
    }
}
