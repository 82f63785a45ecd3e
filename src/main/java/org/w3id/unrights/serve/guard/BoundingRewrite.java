package org.w3id.unrights.serve.guard;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;

/**
 * Swaps, in a query's algebra, the functions whose cost Jena cannot stop for bounded ones of the same
 * meaning: REGEX and REPLACE (also as {@code fn:matches} and {@code fn:replace}) match over
 * {@link BoundedText}; CONCAT, REPLACE and GROUP_CONCAT refuse to build strings past the limit; then puts every
 * other function call inside a {@link BoundedResult}, so that no function of the library, named here or not,
 * returns a string past the limit or past the query's budget.
 */
final class BoundingRewrite {
    private static final String XPATH = "http://www.w3.org/2005/xpath-functions#";

    private BoundingRewrite() {}

    static Op apply(Op op, Limits limits) {
        Op bounded = Transformer.transform(new Aggregates(limits), new Functions(limits), op);
        return Transformer.transform(new Results(new StringBudget(limits)), bounded);
    }

    /**
     * Every function call whose value is bound (BIND, SELECT expressions, GROUP BY and ORDER BY keys) or handed to
     * another function is put inside a {@link BoundedResult}. The logical skeleton of a FILTER (its top call, and
     * the operands of {@code &&}, {@code ||} and {@code !}) is left as it is: its value is a truth value, and the
     * optimiser recognises equalities and conjunctions there by their class.
     */
    private static final class Results extends TransformCopy {
        private final Wrap wrap;

        Results(StringBudget budget) {
            this.wrap = new Wrap(budget);
        }

        @Override
        public Op transform(OpFilter filter, Op sub) {
            ExprList exprs = new ExprList();
            filter.getExprs().forEach(e -> exprs.add(skeleton(e)));
            return OpFilter.filterDirect(exprs, sub);
        }

        @Override
        public Op transform(OpLeftJoin join, Op left, Op right) {
            if (join.getExprs() == null) {
                return super.transform(join, left, right);
            }
            ExprList exprs = new ExprList();
            join.getExprs().forEach(e -> exprs.add(skeleton(e)));
            return OpLeftJoin.createLeftJoin(left, right, exprs);
        }

        @Override
        public Op transform(OpExtend extend, Op sub) {
            return OpExtend.create(sub, wrapped(extend.getVarExprList()));
        }

        @Override
        public Op transform(OpAssign assign, Op sub) {
            return OpAssign.create(sub, wrapped(assign.getVarExprList()));
        }

        @Override
        public Op transform(OpGroup group, Op sub) {
            return OpGroup.create(sub, wrapped(group.getGroupVars()), group.getAggregators());
        }

        @Override
        public Op transform(OpOrder order, Op sub) {
            List<SortCondition> conditions = new ArrayList<>();
            for (SortCondition c : order.getConditions()) {
                conditions.add(new SortCondition(ExprTransformer.transform(wrap, c.getExpression()), c.getDirection()));
            }
            return new OpOrder(sub, conditions);
        }

        private VarExprList wrapped(VarExprList vars) {
            VarExprList out = new VarExprList();
            vars.forEachVarExpr((v, e) -> {
                if (e == null) {
                    out.add(v);
                } else {
                    out.add(v, ExprTransformer.transform(wrap, e));
                }
            });
            return out;
        }

        private Expr skeleton(Expr expr) {
            if (expr instanceof E_LogicalAnd and) {
                return new E_LogicalAnd(skeleton(and.getArg1()), skeleton(and.getArg2()));
            }
            if (expr instanceof E_LogicalOr or) {
                return new E_LogicalOr(skeleton(or.getArg1()), skeleton(or.getArg2()));
            }
            if (expr instanceof E_LogicalNot not) {
                return new E_LogicalNot(skeleton(not.getArg()));
            }
            if (expr instanceof ExprFunctionOp || !(expr instanceof ExprFunction)) {
                return expr;
            }
            // The call itself as it was, its arguments bounded.
            Expr bounded = ExprTransformer.transform(wrap, expr);
            return bounded instanceof BoundedResult result ? result.getArg() : bounded;
        }
    }

    /** Each function call inside {@link BoundedResult}, bottom-up; EXISTS and the calls already inside one left as they are. */
    private static final class Wrap extends ExprTransformCopy {
        private final StringBudget budget;

        Wrap(StringBudget budget) {
            this.budget = budget;
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            if (func instanceof BoundedResult) {
                return func.copy(arg);
            }
            return bounded(super.transform(func, arg));
        }

        @Override
        public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
            return bounded(super.transform(func, arg1, arg2));
        }

        @Override
        public Expr transform(ExprFunction3 func, Expr arg1, Expr arg2, Expr arg3) {
            return bounded(super.transform(func, arg1, arg2, arg3));
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            return bounded(super.transform(func, args));
        }

        private Expr bounded(Expr call) {
            return call instanceof BoundedResult ? call : new BoundedResult(call, budget);
        }
    }

    private static final class Functions extends ExprTransformCopy {
        private final Limits limits;

        Functions(Limits limits) {
            this.limits = limits;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof BoundedRegex || func instanceof BoundedReplace || func instanceof BoundedConcat) {
                return super.transform(func, args);
            }
            if (func instanceof E_Regex || isXPath(func, "matches") && (args.size() == 2 || args.size() == 3)) {
                return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, limits);
            }
            if (func instanceof E_StrReplace || isXPath(func, "replace") && (args.size() == 3 || args.size() == 4)) {
                return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, limits);
            }
            if (func instanceof E_StrConcat) {
                return new BoundedConcat(args, limits);
            }
            return super.transform(func, args);
        }

        private static boolean isXPath(ExprFunctionN func, String name) {
            return func instanceof E_Function f && (XPATH + name).equals(f.getFunctionIRI());
        }
    }

    private static final class Aggregates extends TransformCopy {
        private final Limits limits;

        Aggregates(Limits limits) {
            this.limits = limits;
        }

        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> bounded = new ArrayList<>();
            for (ExprAggregator agg : group.getAggregators()) {
                bounded.add(new ExprAggregator(agg.getVar(), BoundedGroupConcat.bound(agg.getAggregator(), limits)));
            }
            return OpGroup.create(sub, group.getGroupVars(), bounded);
        }
    }
}
