package org.w3id.unrights.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** A resource's prior grows with the links to it, in every graph, up to the links counted, and stays as counted. */
class PriorsTest {
    private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph");
    private static final Node LINKS_TO = NodeFactory.createURI("https://example.org/linksTo");
    private static final Node CITED = NodeFactory.createURI("https://example.org/cited");
    private static final Node ALONE = NodeFactory.createURI("https://example.org/alone");
    private static final Node FAMOUS = NodeFactory.createURI("https://example.org/famous");
    /** Every link from a subject of its own. */
    private static final AtomicInteger SUBJECTS = new AtomicInteger();

    @Test
    void linksRaiseThePriorSlowlyUpToThoseCounted() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        link(dataset, GRAPH, CITED, 3);
        link(dataset, NodeFactory.createURI("https://example.org/other-graph"), CITED, 2);
        link(dataset, GRAPH, FAMOUS, Priors.LINKS_COUNTED + 500);
        Priors priors = new Priors(dataset);
        dataset.begin(ReadWrite.READ);
        try {
            assertEquals(1f, priors.of(ALONE));
            assertEquals(1f + (float) Math.log1p(5) / 4f, priors.of(CITED));
            assertEquals(1f + (float) Math.log1p(Priors.LINKS_COUNTED) / 4f, priors.of(FAMOUS));
        } finally {
            dataset.end();
        }
    }

    @Test
    void aPriorOnceCountedIsKeptForTheNextSearch() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        link(dataset, GRAPH, CITED, 3);
        Priors priors = new Priors(dataset);
        dataset.begin(ReadWrite.READ);
        float counted;
        try {
            counted = priors.of(CITED);
        } finally {
            dataset.end();
        }
        // A served graph does not change; were it changed, the prior kept is the one counted first.
        link(dataset, GRAPH, CITED, 50);
        dataset.begin(ReadWrite.READ);
        try {
            assertEquals(counted, priors.of(CITED));
            assertEquals(1f + (float) Math.log1p(53) / 4f, new Priors(dataset).of(CITED));
        } finally {
            dataset.end();
        }
    }

    private static void link(DatasetGraph dataset, Node graph, Node target, int n) {
        dataset.begin(ReadWrite.WRITE);
        try {
            for (int i = 0; i < n; i++) {
                dataset.add(new Quad(graph, NodeFactory.createURI("https://example.org/s/" + SUBJECTS.incrementAndGet()), LINKS_TO, target));
            }
            dataset.commit();
        } finally {
            dataset.end();
        }
    }
}
