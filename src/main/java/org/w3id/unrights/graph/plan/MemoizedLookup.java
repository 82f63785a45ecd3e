package org.w3id.unrights.graph.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.sse.writers.WriterOp;
import org.apache.jena.sparql.util.NodeIsomorphismMap;

/**
 * A pattern of a sequence, joined to the rows before it as Jena joins it — looked up for each row with the row's
 * values put in — but with the solutions kept for each row's values of the pattern's variables, so that rows
 * that repeat them read the store once for all: the 16,350 ballots on the DPRK resolutions at ten times the
 * record name some two hundred states and three options, whose labels and notations were looked up once a ballot
 * (a nested-loop join with a memo, as relational engines have it). Up to {@link #MOST_KEYS} sets of values are
 * kept, each with at most {@link #MOST_SOLUTIONS} solutions (more are passed on, not kept). When the first
 * {@link #TRIAL_ROWS} rows show that values seldom repeat, the rest go through the pattern as Jena sends them.
 * The rows are the same, in the same order, as without the memo.
 */
final class MemoizedLookup extends OpExt {
    static final int MOST_KEYS = 10_000;
    static final int MOST_SOLUTIONS = 64;
    static final int TRIAL_ROWS = 1_000;

    private final Op pattern;
    private final List<Var> vars;
    private final int trialRows;
    private final int mostSolutions;

    /** The lookup of {@code pattern}, giving the memo up after {@code trialRows} and keeping {@code mostSolutions} a row. */
    MemoizedLookup(Op pattern, int trialRows, int mostSolutions) {
        super("memoized-lookup");
        this.pattern = pattern;
        this.vars = List.copyOf(OpVars.mentionedVars(pattern));
        this.trialRows = trialRows;
        this.mostSolutions = mostSolutions;
    }

    @Override
    public Op effectiveOp() {
        return pattern;
    }

    @Override
    public QueryIterator eval(QueryIterator input, ExecutionContext execCxt) {
        return new Lookups(input, execCxt);
    }

    /** The rows joined with the pattern's solutions, row by row through the memo, then, if it does not pay, all at once. */
    private final class Lookups extends QueryIter1 {
        private final Map<List<Node>, List<Binding>> memo = new HashMap<>();
        private Iterator<Binding> current = Collections.emptyIterator();
        /** A row's solutions past the most kept, read on from the store. */
        private QueryIterator unkept;
        /** The rest of the rows, once the memo is given up. */
        private QueryIterator rest;
        private long rows;
        private long repeats;

        Lookups(QueryIterator input, ExecutionContext execCxt) {
            super(input, execCxt);
        }

        @Override
        protected boolean hasNextBinding() {
            while (true) {
                if (current.hasNext()) {
                    return true;
                }
                if (unkept != null) {
                    if (unkept.hasNext()) {
                        return true;
                    }
                    unkept.close();
                    unkept = null;
                }
                if (rest != null) {
                    return rest.hasNext();
                }
                if (rows == trialRows && repeats * 2 < rows) {
                    rest = QC.execute(pattern, getInput(), getExecContext());
                    continue;
                }
                if (!getInput().hasNext()) {
                    return false;
                }
                current = solutions(getInput().next());
            }
        }

        @Override
        protected Binding moveToNextBinding() {
            if (current.hasNext()) {
                return current.next();
            }
            return unkept != null ? unkept.next() : rest.next();
        }

        /** The row's solutions: from the memo if its values came before, else looked up (and kept, if few). */
        private Iterator<Binding> solutions(Binding row) {
            rows++;
            List<Node> key = new ArrayList<>(vars.size());
            for (Var v : vars) {
                key.add(row.get(v));
            }
            List<Binding> known = memo.get(key);
            if (known != null) {
                repeats++;
                return known.stream().map(extension -> joined(row, extension)).iterator();
            }
            QueryIterator found = QC.execute(pattern, QueryIterSingleton.create(row, getExecContext()), getExecContext());
            List<Binding> solutions = new ArrayList<>();
            while (solutions.size() <= mostSolutions && found.hasNext()) {
                solutions.add(found.next());
            }
            if (found.hasNext()) {
                unkept = found;
                return solutions.iterator();
            }
            found.close();
            if (memo.size() < MOST_KEYS) {
                memo.put(key, solutions.stream().map(solution -> extension(row, solution)).toList());
            }
            return solutions.iterator();
        }

        /** What {@code solution} adds to {@code row}: its values of the pattern's variables the row leaves unbound. */
        private Binding extension(Binding row, Binding solution) {
            BindingBuilder added = Binding.builder();
            for (Var v : vars) {
                if (!row.contains(v) && solution.contains(v)) {
                    added.add(v, solution.get(v));
                }
            }
            return added.build();
        }

        private Binding joined(Binding row, Binding extension) {
            BindingBuilder joined = Binding.builder(row);
            extension.forEach(joined::add);
            return joined.build();
        }

        @Override
        protected void requestSubCancel() {
            eachOpen(QueryIterator::cancel);
        }

        @Override
        protected void closeSubIterator() {
            eachOpen(QueryIterator::close);
        }

        /** The iterators of the pattern this one holds besides its input. */
        private void eachOpen(Consumer<QueryIterator> action) {
            for (QueryIterator open : new QueryIterator[] {unkept, rest}) {
                if (open != null) {
                    action.accept(open);
                }
            }
        }
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        WriterOp.output(out, pattern, sCxt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, pattern, trialRows, mostSolutions);
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labelMap) {
        return other instanceof MemoizedLookup that && pattern.equalTo(that.pattern, labelMap)
                && trialRows == that.trialRows && mostSolutions == that.mostSolutions;
    }
}
