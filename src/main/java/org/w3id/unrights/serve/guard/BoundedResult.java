package org.w3id.unrights.serve.guard;

import java.util.Locale;

import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A function call whose value is held to the query's {@link StringBudget}: the value itself, unchanged, or a
 * refusal (422). Put around every function call by {@link BoundingRewrite}, so that every function of the
 * library, present or added later, is bounded without being named: a function multiplies its input's length
 * at most by a small factor in one call (ENCODE_FOR_URI by nine, UCASE of "ß" by two), and its input was
 * checked in turn, so nesting cannot compound.
 */
final class BoundedResult extends ExprFunction1 {
    private final StringBudget budget;

    BoundedResult(Expr call, StringBudget budget) {
        super(call, "bounded");
        this.budget = budget;
    }

    @Override
    public NodeValue eval(NodeValue value) {
        return budget.check(name(), value);
    }

    @Override
    public NodeValue eval(NodeValue value, FunctionEnv env) {
        return eval(value);
    }

    private String name() {
        if (getArg() instanceof E_Function f) {
            return "<" + f.getFunctionIRI() + ">";
        }
        return getArg() instanceof ExprFunction f ? f.getFunctionSymbol().getSymbol().toUpperCase(Locale.ROOT) : "an expression";
    }

    @Override
    public Expr copy(Expr expr) {
        return new BoundedResult(expr, budget);
    }
}
