package org.w3id.unrights.graph.plan;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpOrder;

/**
 * Changes to a query's plan, after Jena's optimiser, for shapes it leaves slow on this data; none changes an
 * answer. {@link #order} comes before the plan is put in quad form, {@link #operators} after it.
 */
public final class QueryPlans {
    private QueryPlans() {}

    /** Property paths tied to a resource before the open patterns they join ({@link PathsFirst}). */
    public static Op order(Op op) {
        return Transformer.transform(new PathsFirst(), op);
    }

    /**
     * NOT EXISTS over a plain pattern as an anti-join that hashes once rows are many ({@link AntiJoin}), and ORDER
     * BY over copies of the rows ({@link SortOnCopies}). Only in the query's own plan, not inside the patterns of
     * EXISTS and NOT EXISTS: Jena evaluates those by putting a row's values into them, which an operator of its
     * own would not receive.
     */
    public static Op operators(Op op) {
        return operators(op, AntiJoin.NANOS_BEFORE_HASHING);
    }

    static Op operators(Op op, long nanosBeforeHashing) {
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpFilter filter, Op sub) {
                OpFilter current = sub == filter.getSubOp() ? filter : (OpFilter) OpFilter.filterDirect(filter.getExprs(), sub);
                AntiJoin antiJoin = AntiJoin.of(current, nanosBeforeHashing);
                return antiJoin == null ? current : antiJoin;
            }

            @Override
            public Op transform(OpOrder order, Op sub) {
                return new SortOnCopies(sub == order.getSubOp() ? order : new OpOrder(sub, order.getConditions()));
            }
        }, op);
    }
}
