package org.w3id.unrights.graph.plan;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.Var;

/**
 * A pattern made of triples, quads and property paths, joined, merged by UNION or DISTINCT, in a graph named by
 * an IRI or in none: its solutions with a row's values put in are its solutions that agree with the row, on the
 * variables that every solution binds. Anything else (FILTER, OPTIONAL, BIND, a variable graph) is not plain.
 * UNION and DISTINCT come from the plan itself too: a NOT EXISTS over a broader class, on a store, is written
 * as a UNION of its narrower classes under DISTINCT.
 */
final class PlainPattern {
    private PlainPattern() {}

    /** The variables every solution of {@code op} binds, or null when {@code op} is not plain. */
    static Set<Var> boundInEvery(Op op) {
        if (op instanceof OpBGP || op instanceof OpTriple || op instanceof OpPath || op instanceof OpQuadPattern
                || op instanceof OpQuad) {
            return OpVars.visibleVars(op);
        }
        if (op instanceof OpGraph graph) {
            return graph.getNode().isURI() ? boundInEvery(graph.getSubOp()) : null;
        }
        if (op instanceof OpDistinct distinct) {
            return boundInEvery(distinct.getSubOp());
        }
        if (op instanceof OpJoin join) {
            return both(boundInEvery(join.getLeft()), boundInEvery(join.getRight()), true);
        }
        if (op instanceof OpUnion union) {
            return both(boundInEvery(union.getLeft()), boundInEvery(union.getRight()), false);
        }
        if (op instanceof OpSequence sequence) {
            Set<Var> all = new HashSet<>();
            for (Op element : sequence.getElements()) {
                all = both(all, boundInEvery(element), true);
                if (all == null) {
                    return null;
                }
            }
            return all;
        }
        return null;
    }

    /** Both sides' variables when joined, those of both when merged; null when a side is not plain. */
    private static Set<Var> both(Set<Var> left, Set<Var> right, boolean joined) {
        if (left == null || right == null) {
            return null;
        }
        Set<Var> out = new HashSet<>(left);
        if (joined) {
            out.addAll(right);
        } else {
            out.retainAll(right);
        }
        return out;
    }
}
