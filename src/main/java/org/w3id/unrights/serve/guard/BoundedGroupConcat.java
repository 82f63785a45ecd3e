package org.w3id.unrights.serve.guard;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code GROUP_CONCAT} that stops the query once one group's string passes {@link Limits#stringChars()}:
 * Jena's own grows until the heap runs out. Same output otherwise: a plain string, values joined by the
 * separator (a space unless given), errors skipped; with {@code DISTINCT} each value once.
 */
final class BoundedGroupConcat {
    private BoundedGroupConcat() {}

    /** The bounded form of a GROUP_CONCAT aggregator, or the aggregator itself when it is something else. */
    static Aggregator bound(Aggregator aggregator, Limits limits) {
        if (aggregator instanceof Plain || aggregator instanceof Distinct) {
            return aggregator;
        }
        if (aggregator instanceof AggGroupConcatDistinct distinct) {
            return new Distinct(distinct.getExprList().get(0), distinct.getSeparator(), limits);
        }
        if (aggregator instanceof AggGroupConcat plain) {
            return new Plain(plain.getExprList().get(0), plain.getSeparator(), limits);
        }
        return aggregator;
    }

    private static final class Plain extends AggGroupConcat {
        private final String separator;
        private final Limits limits;

        Plain(Expr expr, String separator, Limits limits) {
            super(expr, separator);
            this.separator = separator;
            this.limits = limits;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joined(getExpr(), false, separator, limits);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), separator, limits);
        }
    }

    private static final class Distinct extends AggGroupConcatDistinct {
        private final String separator;
        private final Limits limits;

        Distinct(Expr expr, String separator, Limits limits) {
            super(expr, separator);
            this.separator = separator;
            this.limits = limits;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joined(getExpr(), true, separator, limits);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), separator, limits);
        }
    }

    private static final class Joined extends AccumulatorExpr {
        private final StringBuilder joined = new StringBuilder();
        private final String separator;
        private final Limits limits;
        private boolean first = true;

        Joined(Expr expr, boolean distinct, String separator, Limits limits) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
            this.limits = limits;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String text = value.asString();
            if (joined.length() + separator.length() + text.length() > limits.stringChars()) {
                throw StringLimit.exceeded("GROUP_CONCAT", limits);
            }
            if (!first) {
                joined.append(separator);
            }
            joined.append(text);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {}

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(joined.toString());
        }
    }
}
