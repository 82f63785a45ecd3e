package org.w3id.unrights.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.setup.ConfigRDFS;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Whether the class and property hierarchy can change a query's answer. It adds only triples
 * {@code x rdf:type C} for a class C with subclasses and {@code x P y} for a property P with subproperties,
 * so a query whose every pattern names its predicate, none of them such a property, and names its class in
 * every {@code rdf:type} pattern, none of them such a class, gets the same answer from the asserted triples: it
 * can run there, where no pattern pays for the look-ups of the hierarchy. Patterns inside FILTER EXISTS and
 * property paths count too; a variable predicate, a negated property set or SERVICE means the hierarchy is used.
 * {@link #needsView} asks the same of a query whose basic patterns {@link HierarchyExpansion} writes over the
 * narrower terms.
 */
final class HierarchyUse {
    private static final Node TYPE = RDF.type.asNode();

    private HierarchyUse() {}

    /** Whether {@code op} may match a triple that only the hierarchy of {@code setup} provides. */
    static boolean mayMatter(Op op, ConfigRDFS<Node> setup) {
        return found(op, new Finder(setup, false));
    }

    /**
     * Whether {@code op} may match a triple that only the hierarchy provides once its basic patterns that name a
     * broader class or property are written over the narrower ones ({@link HierarchyExpansion}, on the quad form):
     * whether anything else in it (a variable predicate or class, the hierarchy's own properties, a path, a single
     * triple or quad) does.
     */
    static boolean needsView(Op op, ConfigRDFS<Node> setup) {
        return found(op, new Finder(setup, true));
    }

    private static boolean found(Op op, Finder finder) {
        Walker.walk(op, finder, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) {
                if (funcOp.getGraphPattern() != null && found(funcOp.getGraphPattern(), new Finder(finder.setup, finder.quadsWritten))) {
                    finder.used = true;
                }
            }
        });
        return finder.used;
    }

    private static final class Finder extends OpVisitorBase {
        private final ConfigRDFS<Node> setup;
        /** Whether quad patterns naming broader terms are written over the narrower ones, so not the view's. */
        private final boolean quadsWritten;
        private boolean used;

        Finder(ConfigRDFS<Node> setup, boolean quadsWritten) {
            this.setup = setup;
            this.quadsWritten = quadsWritten;
        }

        private void pattern(Node predicate, Node object) {
            used |= entailed(predicate, object, false);
        }

        /** A basic pattern, which in quad form is a quad pattern: the one kind {@link HierarchyExpansion} writes. */
        private void basicPattern(BasicPattern pattern) {
            pattern.forEach(t -> used |= entailed(t.getPredicate(), t.getObject(), quadsWritten));
        }

        /**
         * Whether the hierarchy can add a match: a variable class, or a class with subclasses unless such named
         * terms are written over the narrower ones; else as {@link #entailedProperty}.
         */
        private boolean entailed(Node predicate, Node object, boolean namedTermsWritten) {
            if (predicate.equals(TYPE)) {
                return !object.isURI() || !namedTermsWritten && !setup.getSubClasses(object).isEmpty();
            }
            return entailedProperty(predicate, namedTermsWritten);
        }

        /**
         * A variable (but one {@link LocalPredicates} wrote over the asserted triples), the hierarchy's own two
         * properties, or a property with subproperties unless such named terms are written over the narrower ones.
         */
        private boolean entailedProperty(Node predicate, boolean namedTermsWritten) {
            if (!predicate.isURI()) {
                return !LocalPredicates.isWritten(predicate);
            }
            return predicate.equals(RDFS.subClassOf.asNode()) || predicate.equals(RDFS.subPropertyOf.asNode())
                    || !namedTermsWritten && !setup.getSubProperties(predicate).isEmpty();
        }

        @Override
        public void visit(OpBGP op) {
            basicPattern(op.getPattern());
        }

        @Override
        public void visit(OpTriple op) {
            Triple t = op.getTriple();
            pattern(t.getPredicate(), t.getObject());
        }

        @Override
        public void visit(OpQuadPattern op) {
            basicPattern(op.getBasicPattern());
        }

        @Override
        public void visit(OpQuadBlock op) {
            op.getPattern().forEach(q -> pattern(q.getPredicate(), q.getObject()));
        }

        @Override
        public void visit(OpQuad op) {
            Quad q = op.getQuad();
            pattern(q.getPredicate(), q.getObject());
        }

        @Override
        public void visit(OpPath op) {
            used |= uses(op.getTriplePath().getPath());
        }

        /** A path uses the hierarchy through any of its links; rdf:type in a path, with its class unknown here, does. */
        private boolean uses(Path path) {
            if (path instanceof P_Path0 link) {
                return link.getNode().equals(TYPE) || entailedProperty(link.getNode(), false);
            }
            if (path instanceof P_Path1 one) {
                return uses(one.getSubPath());
            }
            if (path instanceof P_Path2 two) {
                return uses(two.getLeft()) || uses(two.getRight());
            }
            return true; // a negated property set, or a form not known here
        }

        @Override
        public void visit(OpService op) {
            used = true;
        }
    }
}
