package org.w3id.unrights.graph.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterProcessBinding;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.sse.writers.WriterOp;
import org.apache.jena.sparql.util.NodeIsomorphismMap;

/**
 * {@code FILTER NOT EXISTS { P }} over a plain pattern P, evaluated row by row as SPARQL defines it while the
 * rows are few, and as a hashed anti-join once they are many: P is then evaluated once, the values it gives the
 * variables it shares with the rows are kept in a set, and each further row is looked up there. For a plain
 * pattern ({@link PlainPattern}: triples, quads and property paths, UNION and DISTINCT, no FILTER, OPTIONAL or
 * BIND inside) the two give the same rows: P with a row's values put in has a solution exactly when P has a
 * solution that agrees with the row on the variables they share, when every solution of P binds them. A row
 * that does not bind the same shared variables as the one that started the set is still filtered the
 * row-by-row way, and so are all rows when a shared variable is one that some solutions leave unbound. The set
 * is {@link SharedValues}: on a store, one shared variable is kept by the store's node ids.
 * <p>
 * Why: Jena evaluates NOT EXISTS once a row, which over the 869,937 ballots of the record costs a dozen
 * seconds where one pass over P costs two or three ({@code ?b a unr:Ballot FILTER NOT EXISTS { ?b ?p ?s . ?s a
 * unr:State }}). Rows are filtered one by one until that has cost {@link #NANOS_BEFORE_HASHING} (the cost of
 * a row varies a hundredfold with P), so a NOT EXISTS over a few rows does not pay for all of P.
 */
final class AntiJoin extends OpExt {
    /** Time spent filtering rows one by one before P is evaluated whole, if rows remain. */
    static final long NANOS_BEFORE_HASHING = 100_000_000L;

    private final OpFilter filter;
    private final long nanosBeforeHashing;
    private final E_NotExists notExists;
    private final Op rows;
    private final Op pattern;
    /** The variables every solution of the pattern binds, the only ones its values can be looked up by. */
    private final Set<Var> boundInEvery;

    private AntiJoin(OpFilter filter, E_NotExists notExists, Set<Var> boundInEvery, long nanosBeforeHashing) {
        super("antijoin");
        this.filter = filter;
        this.nanosBeforeHashing = nanosBeforeHashing;
        this.notExists = notExists;
        this.rows = filter.getSubOp();
        this.pattern = notExists.getGraphPattern();
        this.boundInEvery = boundInEvery;
    }

    /**
     * The anti-join for {@code filter}, hashing after {@code nanosBeforeHashing} of row-by-row work, or null when
     * the filter's expression is not one NOT EXISTS over a plain pattern.
     */
    static AntiJoin of(OpFilter filter, long nanosBeforeHashing) {
        if (filter.getExprs().size() != 1 || !(filter.getExprs().get(0) instanceof E_NotExists notExists)) {
            return null;
        }
        Set<Var> boundInEvery = PlainPattern.boundInEvery(notExists.getGraphPattern());
        return boundInEvery == null ? null : new AntiJoin(filter, notExists, boundInEvery, nanosBeforeHashing);
    }

    @Override
    public Op effectiveOp() {
        return filter;
    }

    @Override
    public QueryIterator eval(QueryIterator input, ExecutionContext execCxt) {
        return new Rows(QC.execute(rows, input, execCxt), execCxt);
    }

    /** Filters the rows, first one by one, then through the set of P's shared values. */
    private final class Rows extends QueryIterProcessBinding {
        private final ExecutionContext execCxt;
        private final List<Var> patternVars = new ArrayList<>(OpVars.visibleVars(pattern));
        private long spent;
        private List<Var> shared;
        private SharedValues found;

        Rows(QueryIterator rows, ExecutionContext execCxt) {
            super(rows, execCxt);
            this.execCxt = execCxt;
        }

        @Override
        public Binding accept(Binding row) {
            if (shared == null && spent > nanosBeforeHashing) {
                shared = sharedWith(row);
                // A value the row has and some solution lacks (a UNION's branch) is not a key: one by one for good.
                found = boundInEvery.containsAll(shared) ? evaluateOnce(shared) : null;
            }
            if (found != null && bindsExactlyShared(row)) {
                return found.contains(row) ? null : row;
            }
            long start = System.nanoTime();
            boolean kept = notExists.isSatisfied(row, execCxt);
            spent += System.nanoTime() - start;
            return kept ? row : null;
        }

        /** Whether {@code row} binds, of P's variables, those the set was made for and no other (no list made per row). */
        private boolean bindsExactlyShared(Binding row) {
            for (Var v : patternVars) {
                if (row.contains(v) != shared.contains(v)) {
                    return false;
                }
            }
            return true;
        }

        private List<Var> sharedWith(Binding row) {
            List<Var> vars = new ArrayList<>();
            for (Var v : patternVars) {
                if (row.contains(v)) {
                    vars.add(v);
                }
            }
            return vars;
        }

        /** The shared values of P's solutions; null (and one by one for good) when there are more than the most held. */
        private SharedValues evaluateOnce(List<Var> vars) {
            SharedValues keys = SharedValues.of(vars, execCxt.getDataset());
            // Jena's iterators stop at the query's cancel signal, this pass over the pattern as much as any other.
            QueryIterator solutions = QC.execute(pattern, QueryIterRoot.create(execCxt), execCxt);
            try {
                while (solutions.hasNext()) {
                    if (!keys.add(solutions.next())) {
                        return null;
                    }
                    if (vars.isEmpty()) {
                        break; // nothing shared: one solution decides every row
                    }
                }
            } finally {
                solutions.close();
            }
            return keys;
        }
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        WriterOp.output(out, filter, sCxt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, filter);
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labelMap) {
        return other instanceof AntiJoin that && filter.equalTo(that.filter, labelMap);
    }
}
