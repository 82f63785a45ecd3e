package org.w3id.unrights.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfs.setup.ConfigRDFS;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.sse.writers.WriterOp;
import org.apache.jena.sparql.util.NodeIsomorphismMap;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.w3id.unrights.graph.plan.QueryPlans;

/**
 * In a query that needs the hierarchy's view, the parts the hierarchy cannot change answered by TDB2's own engine
 * on the store's quads: each {@code GRAPH} pattern, and each basic pattern of the default graph (the union of the
 * named graphs), that {@link HierarchyUse#mayMatter} clears. Through the view, {@code GRAPH ?h { ?x p ?y }} is
 * asked of every named graph in turn, through Jena's RDFS matcher, for every row that reaches it; on the store it
 * is one look-up of a quad index. The rest of the query still runs through the view, and the rows pass between
 * the two as any operator's rows do (the store's part receives them as its input, as the view's would).
 */
final class StoreParts {
    private final ConfigRDFS<Node> setup;
    private final DatasetGraphTDB store;
    private final OpExecutorFactory executors;

    /** Parts cleared by {@code setup}'s hierarchy, answered on {@code store} by the executors {@code executors} make. */
    StoreParts(ConfigRDFS<Node> setup, DatasetGraphTDB store, OpExecutorFactory executors) {
        this.setup = setup;
        this.store = store;
        this.executors = executors;
    }

    /** {@code op} with its parts the hierarchy cannot change answered on the store. */
    Op apply(Op op) {
        return rewrite(op, false);
    }

    /**
     * Down the query's own operators, not into the patterns of EXISTS and NOT EXISTS (Jena evaluates those by
     * putting a row's values into them) nor into SERVICE; inside a {@code GRAPH} pattern nothing is taken apart,
     * since its basic patterns read that graph, not the default one.
     */
    private Op rewrite(Op op, boolean inGraph) {
        if (op instanceof OpGraph graph) {
            if (!inGraph && named(graph.getNode()) && !HierarchyUse.mayMatter(graph, setup)) {
                return onStore(graph);
            }
            return graph.copy(rewrite(graph.getSubOp(), true));
        }
        if (op instanceof OpBGP bgp) {
            return !inGraph && !bgp.getPattern().isEmpty() && !HierarchyUse.mayMatter(bgp, setup) ? onStore(bgp) : bgp;
        }
        if (op instanceof OpService) {
            return op;
        }
        if (op instanceof Op1 op1) {
            return op1.copy(rewrite(op1.getSubOp(), inGraph));
        }
        if (op instanceof Op2 op2) {
            return op2.copy(rewrite(op2.getLeft(), inGraph), rewrite(op2.getRight(), inGraph));
        }
        if (op instanceof OpN opN) {
            List<Op> elements = new ArrayList<>();
            opN.getElements().forEach(element -> elements.add(rewrite(element, inGraph)));
            return opN.copy(elements);
        }
        return op;
    }

    /** The part as TDB2's engine runs it, with the server's plan changes ({@link QueryPlans#operators}). */
    private StorePart onStore(Op part) {
        QueryView.StorePlan quads = QueryView.StorePlan.over(store, part);
        return new StorePart(part, new QueryView.StorePlan(store, QueryPlans.operators(quads.op())), executors);
    }

    /** A graph pattern over a named graph, or over whichever ?g names: not the default graph nor the union by name. */
    private static boolean named(Node graph) {
        return graph.isVariable() || graph.isURI() && !Quad.isDefaultGraph(graph) && !Quad.isUnionGraph(graph);
    }

    /** One part of a query, answered by TDB2's engine on the store. */
    static final class StorePart extends OpExt {
        private final Op part;
        private final QueryView.StorePlan plan;
        private final OpExecutorFactory executors;

        StorePart(Op part, QueryView.StorePlan plan, OpExecutorFactory executors) {
            super("on-store");
            this.part = part;
            this.plan = plan;
            this.executors = executors;
        }

        @Override
        public Op effectiveOp() {
            return part;
        }

        @Override
        public QueryIterator eval(QueryIterator input, ExecutionContext execCxt) {
            return QC.execute(plan.op(), input, plan.context(execCxt.getContext(), executors));
        }

        @Override
        public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
            WriterOp.output(out, plan.op(), sCxt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tag, part);
        }

        @Override
        public boolean equalTo(Op other, NodeIsomorphismMap labelMap) {
            return other instanceof StorePart that && part.equalTo(that.part, labelMap);
        }
    }
}
