package org.w3id.unrights.graph.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;

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
     * NOT EXISTS over a plain pattern as an anti-join that hashes once rows are many ({@link AntiJoin}), the
     * patterns of a sequence after its first looked up through a memo of the rows' values ({@link MemoizedLookup}),
     * and ORDER BY over copies of the rows ({@link SortOnCopies}). Only in the query's own plan, not inside the patterns of
     * EXISTS and NOT EXISTS: Jena evaluates those by putting a row's values into them, which an operator of its
     * own would not receive.
     */
    public static Op operators(Op op) {
        return operators(op, AntiJoin.NANOS_BEFORE_HASHING);
    }

    static Op operators(Op op, long nanosBeforeHashing) {
        return operators(op, nanosBeforeHashing, MemoizedLookup.TRIAL_ROWS, MemoizedLookup.MOST_SOLUTIONS);
    }

    /** As {@link #operators(Op)}, with the anti-join's and the memo's bounds given, for the tests to reach each way. */
    static Op operators(Op op, long nanosBeforeHashing, int trialRows, int mostSolutions) {
        Set<Op> ownSequences = ownSequences(op);
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpFilter filter, Op sub) {
                OpFilter current = sub == filter.getSubOp() ? filter : (OpFilter) OpFilter.filterDirect(filter.getExprs(), sub);
                AntiJoin antiJoin = AntiJoin.of(current, nanosBeforeHashing);
                return antiJoin == null ? current : antiJoin;
            }

            @Override
            public Op transform(OpSequence sequence, List<Op> elements) {
                if (!ownSequences.contains(sequence)) {
                    return super.transform(sequence, elements);
                }
                List<Op> memoized = new ArrayList<>(elements);
                for (int i = 1; i < memoized.size(); i++) {
                    if (memoized.get(i) instanceof OpQuadPattern || memoized.get(i) instanceof OpBGP) {
                        memoized.set(i, new MemoizedLookup(memoized.get(i), trialRows, mostSolutions));
                    }
                }
                return OpSequence.create().copy(memoized);
            }

            @Override
            public Op transform(OpOrder order, Op sub) {
                return new SortOnCopies(sub == order.getSubOp() ? order : new OpOrder(sub, order.getConditions()));
            }
        }, op);
    }

    /**
     * The sequences of the query's own plan, not those inside EXISTS or NOT EXISTS, which the transformer also
     * visits: Jena puts a row's values into those patterns, and {@link AntiJoin} reads them as they are.
     */
    private static Set<Op> ownSequences(Op op) {
        Set<Op> sequences = Collections.newSetFromMap(new IdentityHashMap<>());
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpSequence sequence) {
                sequences.add(sequence);
            }
        });
        return sequences;
    }
}
