package org.w3id.unrights.serve.guard;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REGEX} with the same meaning as Jena's, matched over {@link BoundedText}. */
final class BoundedRegex extends E_Regex {
    private final Limits limits;
    /** Compiled once when pattern and flags are constants, as they nearly always are. */
    private final Pattern constant;

    BoundedRegex(Expr expr, Expr pattern, Expr flags, Limits limits) {
        super(expr, pattern, flags);
        this.limits = limits;
        this.constant = constantPattern("REGEX", pattern, flags);
    }

    /** Without an environment: how the optimiser folds constant expressions. Bounded by steps alone. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = constant != null ? constant : pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        try {
            return NodeValue.booleanReturn(pattern.matcher(BoundedText.of(text.getLiteralLexicalForm(), env, limits.regexSteps())).find());
        } catch (StackOverflowError e) {
            throw tooDeep("REGEX");
        }
    }

    /** java.util.regex recurses once per repetition of some groups: on a long value the thread's stack runs out. */
    static QueryRefused tooDeep(String function) {
        return new QueryRefused(function + ": the regular expression repeats a group more often than this server can follow "
                + "on one value; simplify the pattern or filter the values first");
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, limits);
    }

    static Pattern constantPattern(String label, Expr pattern, Expr flags) {
        if (pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant() && flags.getConstant().isString())) {
            return pattern(label, pattern.getConstant(), flags == null ? null : flags.getConstant());
        }
        return null;
    }

    static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || flags != null && !flags.isString()) {
            throw new ExprEvalException(label + ": the pattern and flags must be strings");
        }
        return RegexEngine.makePattern(label, pattern.getString(), flags == null ? null : flags.getString());
    }
}
