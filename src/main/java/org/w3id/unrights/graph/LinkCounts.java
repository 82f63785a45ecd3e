package org.w3id.unrights.graph;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * How many quads link to a resource by each property, the resource's own quads about itself left out. The links
 * are counted by identifier ({@link QuadIds}: on a store, the quad index's node ids) and only the few properties
 * are turned back into terms: a vote option is the object of hundreds of thousands of ballots' quads, and turning every one back
 * into its terms to count it took seconds warm and half a minute on a fresh server. Call inside a read transaction.
 */
public final class LinkCounts {
    private LinkCounts() {}

    /** The quads with {@code resource} as object and another subject, counted by predicate. */
    public static Map<Node, Long> byProperty(DatasetGraph dataset, Node resource) {
        return byProperty(QuadIds.of(dataset), resource);
    }

    private static <T> Map<Node, Long> byProperty(QuadIds<T> quads, Node resource) {
        Map<Node, Long> counts = new HashMap<>();
        T object = quads.id(resource);
        if (object == null) {
            return counts;
        }
        Map<T, long[]> perPredicate = new HashMap<>();
        quads.find(null, null, null, object, (g, s, p, o) -> {
            if (!s.equals(object)) {
                perPredicate.computeIfAbsent(p, k -> new long[1])[0]++;
            }
        });
        perPredicate.forEach((p, n) -> counts.put(quads.term(p), n[0]));
        return counts;
    }
}
