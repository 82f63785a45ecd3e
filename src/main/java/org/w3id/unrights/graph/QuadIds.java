package org.w3id.unrights.graph;

import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The quads of a dataset's named graphs read by identifier: TDB2's node ids on a store, the terms themselves in
 * memory. What reads many quads only to count or match them reads them this way and turns only the few terms it
 * reports back into nodes: on a store, turning a node id into its term reads the node file, and on a fresh server
 * that read was most of the time of a pass over a hundred thousand quads. Call inside a read transaction.
 *
 * @param <T> the identifier: equal for equal terms of one dataset, and nothing else
 */
public abstract sealed class QuadIds<T> {
    private QuadIds() {}

    /** The quads of {@code dataset}, by node id if a TDB2 store holds it, else by term. */
    public static QuadIds<?> of(DatasetGraph dataset) {
        return TDBInternal.isBackedByTDB(dataset) ? new OnStore(dataset) : new OnTerms(dataset);
    }

    /** The identifier of {@code term}; null if no quad of the dataset can hold it. */
    public abstract T id(Node term);

    /** The term {@code id} stands for. */
    public abstract Node term(T id);

    /** Each quad of a named graph that matches (null matches anything), as graph, subject, predicate, object. */
    public abstract void find(T g, T s, T p, T o, Each<T> each);

    /** One quad, by identifier. */
    @FunctionalInterface
    public interface Each<T> {
        void quad(T g, T s, T p, T o);
    }

    private static final class OnStore extends QuadIds<NodeId> {
        private final NodeTupleTable quads;
        private final NodeTable nodes;

        private OnStore(DatasetGraph dataset) {
            // The quad table holds the named graphs, as (graph, subject, predicate, object); the default graph is apart.
            this.quads = TDBInternal.requireStorage(dataset).getQuadTable().getNodeTupleTable();
            this.nodes = quads.getNodeTable();
        }

        @Override
        public NodeId id(Node term) {
            NodeId id = nodes.getNodeIdForNode(term);
            return NodeId.isDoesNotExist(id) ? null : id;
        }

        @Override
        public Node term(NodeId id) {
            return nodes.getNodeForNodeId(id);
        }

        @Override
        public void find(NodeId g, NodeId s, NodeId p, NodeId o, Each<NodeId> each) {
            Iterator<Tuple<NodeId>> found = quads.getTupleTable().find(TupleFactory.create4(any(g), any(s), any(p), any(o)));
            while (found.hasNext()) {
                Tuple<NodeId> q = found.next();
                each.quad(q.get(0), q.get(1), q.get(2), q.get(3));
            }
        }

        private static NodeId any(NodeId id) {
            return id == null ? NodeId.NodeIdAny : id;
        }
    }

    private static final class OnTerms extends QuadIds<Node> {
        private final DatasetGraph dataset;

        private OnTerms(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        @Override
        public Node id(Node term) {
            return term;
        }

        @Override
        public Node term(Node id) {
            return id;
        }

        @Override
        public void find(Node g, Node s, Node p, Node o, Each<Node> each) {
            dataset.find(any(g), any(s), any(p), any(o)).forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    each.quad(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                }
            });
        }

        private static Node any(Node term) {
            return term == null ? Node.ANY : term;
        }
    }
}
