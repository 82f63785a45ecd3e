package org.w3id.unrights.serve.guard;

import java.util.List;

import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/** SPARQL {@code CONCAT} as Jena evaluates it, refused when its result would pass {@link Limits#stringChars()}. */
final class BoundedConcat extends E_StrConcat {
    private final Limits limits;

    BoundedConcat(ExprList args, Limits limits) {
        super(args);
        this.limits = limits;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        long length = 0;
        for (NodeValue arg : args) {
            if (arg.isLiteral()) {
                length += arg.asNode().getLiteralLexicalForm().length();
            }
        }
        if (length > limits.stringChars()) {
            throw StringLimit.exceeded("CONCAT", limits);
        }
        return super.eval(args);
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedConcat(args, limits);
    }
}
