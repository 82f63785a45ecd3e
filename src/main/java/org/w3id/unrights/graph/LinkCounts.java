package org.w3id.unrights.graph;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * How many quads link to a resource by each property, the resource's own quads about itself left out. On a TDB2
 * store the links are counted on the quad index's node ids and only the few properties are turned back into
 * terms: a vote option is the object of hundreds of thousands of ballots' quads, and turning every one back
 * into its terms to count it took seconds warm and half a minute on a fresh server. Call inside a read transaction.
 */
public final class LinkCounts {
    private LinkCounts() {}

    /** The quads with {@code resource} as object and another subject, counted by predicate. */
    public static Map<Node, Long> byProperty(DatasetGraph dataset, Node resource) {
        return TDBInternal.isBackedByTDB(dataset) ? onNodeIds(dataset, resource) : onTerms(dataset, resource);
    }

    private static Map<Node, Long> onTerms(DatasetGraph dataset, Node resource) {
        Map<Node, Long> counts = new HashMap<>();
        dataset.find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(q -> {
            if (!q.getSubject().equals(resource)) {
                counts.merge(q.getPredicate(), 1L, Long::sum);
            }
        });
        return counts;
    }

    private static Map<Node, Long> onNodeIds(DatasetGraph dataset, Node resource) {
        NodeTupleTable quads = TDBInternal.requireStorage(dataset).getQuadTable().getNodeTupleTable();
        NodeId object = quads.getNodeTable().getNodeIdForNode(resource);
        Map<Node, Long> counts = new HashMap<>();
        if (NodeId.isDoesNotExist(object)) {
            return counts;
        }
        // Quads are (graph, subject, predicate, object) in the quad table.
        Map<NodeId, long[]> perPredicate = new HashMap<>();
        Iterator<Tuple<NodeId>> links = quads.getTupleTable().find(TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny, object));
        while (links.hasNext()) {
            Tuple<NodeId> link = links.next();
            if (!link.get(1).equals(object)) {
                perPredicate.computeIfAbsent(link.get(2), p -> new long[1])[0]++;
            }
        }
        perPredicate.forEach((p, n) -> counts.put(quads.getNodeTable().getNodeForNodeId(p), n[0]));
        return counts;
    }
}
