package org.w3id.unrights.graph.plan;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;

/**
 * In a sequence of plain patterns, a property path tied to a fixed resource at one end is evaluated before the
 * open triple patterns it shares a variable with. Jena keeps such a sequence in the order written, and joins
 * patterns and paths left to right: {@code ?x a ?c . ?c rdfs:subClassOf+ unr:Mechanism} read every typed
 * resource of the record (millions through the hierarchy) and walked the class tree for each, where the path
 * first gives the few classes and then their instances. A sequence of patterns is a join, so its order does not
 * change its answer.
 */
final class PathsFirst extends TransformCopy {
    @Override
    public Op transform(OpSequence sequence, List<Op> elements) {
        if (!elements.stream().allMatch(e -> e instanceof OpBGP || e instanceof OpPath)) {
            return super.transform(sequence, elements);
        }
        List<Op> anchored = new ArrayList<>();
        List<Op> rest = new ArrayList<>();
        List<Op> openBefore = new ArrayList<>();
        for (Op element : elements) {
            if (element instanceof OpPath path && anchored(path.getTriplePath())
                    && openBefore.stream().anyMatch(open -> sharesVariable(open, path))) {
                anchored.add(element);
            } else {
                rest.add(element);
                if (element instanceof OpBGP bgp && open(bgp)) {
                    openBefore.add(bgp);
                }
            }
        }
        if (anchored.isEmpty()) {
            return super.transform(sequence, elements);
        }
        OpSequence reordered = OpSequence.create();
        anchored.forEach(reordered::add);
        rest.forEach(reordered::add);
        return reordered;
    }

    /** A path with a fixed resource at one end and a variable at the other. */
    private static boolean anchored(TriplePath path) {
        return path.getSubject().isConcrete() != path.getObject().isConcrete();
    }

    /** A pattern with a triple whose subject and object are both variables: it reads a whole predicate, or more. */
    private static boolean open(OpBGP bgp) {
        for (Triple t : bgp.getPattern()) {
            if (t.getSubject().isVariable() && t.getObject().isVariable()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesVariable(Op a, Op b) {
        var vars = OpVars.visibleVars(a);
        for (Var v : OpVars.visibleVars(b)) {
            if (vars.contains(v)) {
                return true;
            }
        }
        return false;
    }
}
