package org.w3id.unrights.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.vocab.Ids;

/**
 * The graph {@code graph/computed}: what the build computes once from the asserted facts so that questions asked
 * again and again read a few values instead of joining every fact at each request — the fact tallies
 * ({@link ComputedCounts}), the passages naming each reference thing ({@link PassageLists}) and the roll calls on
 * one country's human-rights situation ({@link CountrySituationRollCalls}). Nothing in it is
 * asserted by a source: it stays out of the source graphs, the data dumps and the dataset's counts.
 */
public final class ComputedGraph {
    private ComputedGraph() {}

    /**
     * Computes the values from the asserted facts of {@code dataset} and writes them into its graph
     * {@code graph/computed}, replacing what was there; returns how many triples that graph holds.
     */
    public static long writeInto(DatasetGraph dataset) {
        Graph computed = Txn.calculateRead(dataset, () -> {
            Graph all = GraphFactory.createDefaultGraph();
            ComputedCounts.of(dataset).find().forEachRemaining(all::add);
            PassageLists.of(dataset).find().forEachRemaining(all::add);
            CountrySituationRollCalls.of(dataset).find().forEachRemaining(all::add);
            return all;
        });
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(Ids.COMPUTED_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            computed.find().forEachRemaining(t -> dataset.add(Ids.COMPUTED_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return computed.size();
    }

    /** Whether a computation reads the quads of {@code graph}: a named graph other than {@code graph/computed} itself. */
    static boolean readFrom(Node graph) {
        return !Quad.isDefaultGraph(graph) && !graph.equals(Ids.COMPUTED_GRAPH);
    }

    /** A resource's IRI after {@code id/} (e.g. {@code source/kei-2019-…}), or the whole IRI encoded for another. */
    static String key(Node resource) {
        String iri = resource.isURI() ? resource.getURI() : "_" + resource.getBlankNodeLabel();
        return iri.startsWith(Ids.ID) ? iri.substring(Ids.ID.length()) : URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
