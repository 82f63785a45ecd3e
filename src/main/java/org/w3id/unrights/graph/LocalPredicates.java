package org.w3id.unrights.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.setup.ConfigRDFS;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.vocabulary.RDF;

/**
 * A variable predicate inside FILTER EXISTS or NOT EXISTS, where only whether the pattern has a match counts,
 * written over the asserted triples so that the query can run on the store's engine: {@code ?b a unr:Ballot
 * FILTER NOT EXISTS { ?b ?p ?s . ?s a unr:State }}, a check of the record a user writes first.
 * <p>
 * When the predicate's variable appears nowhere else in the query, a triple the hierarchy adds under a broader
 * property links the same two resources as the asserted triple it comes from, so it cannot decide whether a match
 * exists. A type the hierarchy adds can: {@code ?x ?p C} holds in the view when {@code ?x} is stated of a class
 * under C. So the pattern becomes a UNION of the pattern over the asserted triples and, for each class C that
 * the object can be, the pattern with that triple as {@code ?x a C} (which {@link HierarchyExpansion} writes
 * over the narrower classes) and the object put to C. The object must then be a term, or a variable of this
 * pattern alone; a branch with a triple without variables that the data does not hold is left out, as it
 * matches nothing. Anything else is left as it is, for the view ({@link HierarchyUse#needsView}).
 * <p>
 * The written predicate variable gets a name a query cannot spell ({@code /asserted…}), so that
 * {@link HierarchyUse#needsView} knows it is matched over the asserted triples and no other variable of the same
 * name is taken for it.
 */
final class LocalPredicates {
    private static final Node TYPE = RDF.type.asNode();
    private static final String PREFIX = "/asserted";

    /** Whether the data holds a quad in this graph ({@link Node#ANY}: any) with this subject, predicate and object. */
    interface Store {
        boolean holds(Node graph, Node subject, Node predicate, Node object);
    }

    private LocalPredicates() {}

    /** Whether {@code v} is a predicate variable this rewrite made, matched over the asserted triples alone. */
    static boolean isWritten(Node v) {
        return v.isVariable() && v.getName().startsWith(PREFIX);
    }

    /**
     * {@code op}, in quad form, with the patterns of its FILTER EXISTS and NOT EXISTS that have a variable predicate
     * of their own written as above; at most {@code mostBranches} branches a pattern, else that pattern is left.
     */
    static Op apply(Op op, ConfigRDFS<Node> setup, Store store, int mostBranches) {
        // Read only when a filter has an EXISTS to write: most queries have none.
        Supplier<Set<Var>> bound = Once.of(() -> new HashSet<>(OpVars.mentionedVars(withoutConditions(op))));
        int[] written = {0};
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpFilter filter, Op sub) {
                ExprList exprs = new ExprList();
                for (Expr e : filter.getExprs()) {
                    exprs.add(e instanceof ExprFunctionOp exists && (e instanceof E_Exists || e instanceof E_NotExists)
                            && exists.getGraphPattern() instanceof OpQuadPattern pattern
                            ? existence(exists, new Writer(setup, store, bound, mostBranches, PREFIX + written[0]++).write(pattern))
                            : e);
                }
                return OpFilter.filterDirect(exprs, sub);
            }
        }, op);
    }

    private static Expr existence(ExprFunctionOp exists, Op pattern) {
        return exists instanceof E_Exists ? new E_Exists(pattern) : new E_NotExists(pattern);
    }

    /**
     * The query with its filters and left joins' conditions taken out: what is left names every variable a row
     * can bind (patterns, BIND, VALUES, groups, subqueries), and no variable found only inside an EXISTS.
     */
    private static Op withoutConditions(Op op) {
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpFilter filter, Op sub) {
                return sub;
            }

            @Override
            public Op transform(OpLeftJoin join, Op left, Op right) {
                return OpLeftJoin.create(left, right, (ExprList) null);
            }
        }, op);
    }

    /** Writes one pattern, if its one variable predicate is its own. */
    private record Writer(ConfigRDFS<Node> setup, Store store, Supplier<Set<Var>> bound, int mostBranches, String name) {
        Op write(OpQuadPattern pattern) {
            BasicPattern triples = pattern.getBasicPattern();
            Triple local = local(triples, pattern.getGraphNode());
            if (local == null) {
                return pattern;
            }
            Node object = local.getObject();
            Node graph = HierarchyExpansion.lookUpGraph(pattern.getGraphNode());
            List<BasicPattern> branches = new ArrayList<>();
            branches.add(replaced(triples, local, Triple.create(local.getSubject(), Var.alloc(name), object), null, null));
            if (object.isURI() && !setup.getSubClasses(object).isEmpty()) {
                branches.add(replaced(triples, local, Triple.create(local.getSubject(), TYPE, object), null, null));
            } else if (object.isVariable()) {
                if (bound.get().contains(Var.alloc(object)) || object.equals(pattern.getGraphNode())) {
                    return pattern; // the rows or the graph bind the object: the type branches would need its value
                }
                for (Node type : typesGiven(graph)) {
                    BasicPattern branch = replaced(triples, local, Triple.create(local.getSubject(), TYPE, type), object, type);
                    if (matchesSomething(branch, graph)) {
                        branches.add(branch);
                    }
                }
            }
            if (branches.size() > mostBranches) {
                return pattern;
            }
            Op union = new OpQuadPattern(pattern.getGraphNode(), branches.get(0));
            for (BasicPattern branch : branches.subList(1, branches.size())) {
                union = OpUnion.create(union, new OpQuadPattern(pattern.getGraphNode(), branch));
            }
            return union;
        }

        /**
         * The one triple with a variable predicate that no row binds and nothing else in the pattern names (another
         * triple, the graph); null if none or several.
         */
        private Triple local(BasicPattern triples, Node graph) {
            Triple found = null;
            for (Triple t : triples) {
                if (t.getPredicate().isVariable()) {
                    Var p = Var.alloc(t.getPredicate());
                    if (found != null || bound.get().contains(p) || mentions(triples, p) != 1 || graph.equals(p)) {
                        return null;
                    }
                    found = t;
                }
            }
            return found;
        }

        /** The classes the hierarchy adds as types in {@code graph}: those with a subclass the data has instances of there. */
        private Set<Node> typesGiven(Node graph) {
            Set<Node> classes = new HashSet<>();
            setup.getSubClassHierarchy().forEach((c, related) -> {
                classes.add(c);
                classes.addAll(related);
            });
            classes.removeIf(c -> setup.getSubClasses(c).stream().noneMatch(sub -> !sub.equals(c) && store.holds(graph, Node.ANY, TYPE, sub)));
            return classes;
        }

        /** Whether each triple of {@code branch} without variables is one the view holds. */
        private boolean matchesSomething(BasicPattern branch, Node graph) {
            for (Triple t : branch) {
                if (t.isConcrete() && !viewHolds(graph, t)) {
                    return false;
                }
            }
            return true;
        }

        private boolean viewHolds(Node graph, Triple t) {
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            // A term the hierarchy does not name has no narrower terms, and Jena's "…Inc" sets leave it out.
            if (p.equals(TYPE)) {
                return store.holds(graph, s, TYPE, o) || setup.getSubClasses(o).stream().anyMatch(c -> store.holds(graph, s, TYPE, c));
            }
            return store.holds(graph, s, p, o) || setup.getSubProperties(p).stream().anyMatch(q -> store.holds(graph, s, q, o));
        }

        private static long mentions(BasicPattern triples, Var v) {
            return triples.getList().stream()
                    .mapToLong(t -> (t.getSubject().equals(v) ? 1 : 0) + (t.getPredicate().equals(v) ? 1 : 0) + (t.getObject().equals(v) ? 1 : 0))
                    .sum();
        }

        /** {@code triples} with {@code from} as {@code to} and, when {@code variable} is given, that variable put to {@code value}. */
        private static BasicPattern replaced(BasicPattern triples, Triple from, Triple to, Node variable, Node value) {
            BasicPattern out = new BasicPattern();
            for (Triple t : triples) {
                Triple next = t == from ? to : t;
                out.add(variable == null ? next : Triple.create(put(next.getSubject(), variable, value),
                        put(next.getPredicate(), variable, value), put(next.getObject(), variable, value)));
            }
            return out;
        }

        private static Node put(Node n, Node variable, Node value) {
            return n.equals(variable) ? value : n;
        }
    }
}
