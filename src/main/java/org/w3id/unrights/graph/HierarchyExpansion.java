package org.w3id.unrights.graph;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.setup.ConfigRDFS;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.optimize.ExprTransformApplyTransform;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * A query's quad patterns that name a class with subclasses or a property with subproperties, written over the
 * asserted triples, so that TDB2's own engine matches them on node ids with its statistics instead of the
 * hierarchy's view answering triple by triple. {@code ?x a unr:Mechanism} is matched as {@code ?x a C} for each
 * class C among Mechanism and its subclasses that the data has instances of (in the pattern's graph, when it
 * names one); a property likewise with itself and its subproperties that the data uses. Where one term is held it
 * is put in place of the named one. Where several are, the pattern becomes a UNION of one pattern a choice, each
 * ordered by the store for its own terms; the hierarchy's graph holds an entailed triple once however many
 * asserted triples entail it, so the rows of the branches are merged (DISTINCT; each branch binds the
 * pattern's own variables). A basic pattern's solutions are a set, so the rows are the view's, neither more nor fewer.
 * <p>
 * Only quad patterns are written; {@link HierarchyUse#needsView} says whether a query has anything else the
 * hierarchy can change (a variable predicate or class, the hierarchy's own two properties, a property path
 * through a broader term), and a pattern with more than {@link #MOST_BRANCHES} combinations of terms is not
 * written at all ({@link #apply} gives null): both stay with the view.
 */
final class HierarchyExpansion extends TransformCopy {
    /** The most branches one pattern is written as; past it the query goes to the view. */
    static final int MOST_BRANCHES = 64;
    private static final Node TYPE = RDF.type.asNode();

    /** Whether the data holds any quad in this graph with this predicate and object ({@link Node#ANY}: any). */
    interface Held {
        boolean any(Node graph, Node predicate, Node object);
    }

    private final ConfigRDFS<Node> setup;
    private final Held held;
    private boolean tooMany;

    /** @param held what the data holds, so that terms nothing uses, in the graph a pattern reads, are not tried */
    private HierarchyExpansion(ConfigRDFS<Node> setup, Held held) {
        this.setup = setup;
        this.held = held;
    }

    /**
     * {@code op}, in quad form, with its quad patterns written over the asserted triples; null when a pattern has
     * more than {@link #MOST_BRANCHES} combinations of narrower terms.
     */
    static Op apply(Op op, ConfigRDFS<Node> setup, Held held) {
        HierarchyExpansion expansion = new HierarchyExpansion(setup, held);
        Op written = Transformer.transform(expansion, new ExprTransformApplyTransform(expansion), op);
        return expansion.tooMany ? null : written;
    }

    @Override
    public Op transform(OpQuadPattern op) {
        Node graph = lookUpGraph(op.getGraphNode());
        List<BasicPattern> branches = List.of(new BasicPattern());
        for (Triple t : op.getBasicPattern()) {
            List<Triple> choices = choices(t, graph);
            if (branches.size() * choices.size() > MOST_BRANCHES) {
                tooMany = true;
                return op;
            }
            List<BasicPattern> next = new ArrayList<>();
            for (BasicPattern branch : branches) {
                for (Triple choice : choices) {
                    BasicPattern longer = new BasicPattern(branch);
                    longer.add(choice);
                    next.add(longer);
                }
            }
            branches = next;
        }
        if (branches.size() == 1) {
            return new OpQuadPattern(op.getGraphNode(), branches.get(0));
        }
        Op union = new OpQuadPattern(op.getGraphNode(), branches.get(0));
        for (BasicPattern branch : branches.subList(1, branches.size())) {
            union = OpUnion.create(union, new OpQuadPattern(op.getGraphNode(), branch));
        }
        // Every branch binds the pattern's own variables and no other, so no projection: the rows stay the store's,
        // which a later pattern reads by node id.
        return OpDistinct.create(union);
    }

    /** The graph a quad pattern's terms are looked up in: a named graph narrows it; the union, a variable or the default graph read all. */
    static Node lookUpGraph(Node graph) {
        return graph.isURI() && !Quad.isUnionGraph(graph) && !Quad.isDefaultGraph(graph) ? graph : Node.ANY;
    }

    /**
     * The triples {@code t} is matched as: itself when it names no broader term; else one a narrower term the
     * data holds, or {@code t} itself when it holds none (the pattern then matches nothing, as in the view).
     */
    private List<Triple> choices(Triple t, Node graph) {
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (p.equals(TYPE) && o.isURI() && !setup.getSubClasses(o).isEmpty()) {
            List<Triple> held = setup.getSubClassesInc(o).stream().filter(c -> this.held.any(graph, TYPE, c))
                    .map(c -> Triple.create(t.getSubject(), TYPE, c)).toList();
            return held.isEmpty() ? List.of(t) : held;
        }
        if (p.isURI() && !p.equals(TYPE) && !setup.getSubProperties(p).isEmpty()) {
            List<Triple> held = setup.getSubPropertiesInc(p).stream().filter(q -> this.held.any(graph, q, Node.ANY))
                    .map(q -> Triple.create(t.getSubject(), q, o)).toList();
            return held.isEmpty() ? List.of(t) : held;
        }
        return List.of(t);
    }
}
