package org.w3id.unrights.graph.plan;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTriple;

/**
 * A pattern made of triples, quads and property paths alone, joined, in a graph named by an IRI or in none: its
 * every solution binds all its variables, and its solutions with a row's values put in are its solutions that
 * agree with the row. Anything else (FILTER, OPTIONAL, BIND, UNION, a variable graph) is not plain.
 */
final class PlainPattern {
    private PlainPattern() {}

    static boolean test(Op op) {
        if (op instanceof OpBGP || op instanceof OpTriple || op instanceof OpPath || op instanceof OpQuadPattern
                || op instanceof OpQuad) {
            return true;
        }
        if (op instanceof OpGraph graph) {
            return graph.getNode().isURI() && test(graph.getSubOp());
        }
        if (op instanceof OpJoin join) {
            return test(join.getLeft()) && test(join.getRight());
        }
        if (op instanceof OpSequence sequence) {
            return sequence.getElements().stream().allMatch(PlainPattern::test);
        }
        return false;
    }
}
