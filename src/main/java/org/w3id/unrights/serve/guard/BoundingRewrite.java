package org.w3id.unrights.serve.guard;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Swaps, in a query's algebra, the functions whose cost Jena cannot stop for bounded ones of the same
 * meaning: REGEX and REPLACE (also as {@code fn:matches} and {@code fn:replace}) match over
 * {@link BoundedText}; CONCAT, REPLACE and GROUP_CONCAT refuse to build strings past the limit.
 */
final class BoundingRewrite {
    private static final String XPATH = "http://www.w3.org/2005/xpath-functions#";

    private BoundingRewrite() {}

    static Op apply(Op op, Limits limits) {
        return Transformer.transform(new Aggregates(limits), new Functions(limits), op);
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
