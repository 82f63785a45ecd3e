package org.w3id.unrights.serve.guard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} as Jena evaluates it (an empty match replaced once only, language tag and datatype
 * kept), matched over {@link BoundedText} and with its result held to {@link Limits#stringChars()}.
 */
final class BoundedReplace extends E_StrReplace {
    private final Limits limits;
    private final Pattern constant;

    BoundedReplace(Expr text, Expr pattern, Expr replacement, Expr flags, Limits limits) {
        super(text, pattern, replacement, flags);
        this.limits = limits;
        this.constant = BoundedRegex.constantPattern("REPLACE", pattern, flags);
    }

    /** Without an environment: how the optimiser folds constant expressions. Bounded by steps alone. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = constant != null ? constant : BoundedRegex.pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        String lexical = text.getLiteralLexicalForm();
        String replaced = replaceAll(pattern.matcher(BoundedText.of(lexical, env, limits.regexSteps())), replacement);
        if (replaced == null || replaced.equals(lexical)) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(), text.getLiteralDatatype()));
    }

    private String replaceAll(Matcher matcher, String replacement) {
        StringBuilder out = null;
        try {
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(out, replacement);
                if (out.length() > limits.stringChars()) {
                    throw StringLimit.exceeded("REPLACE", limits);
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw BoundedRegex.tooDeep("REPLACE");
        }
        if (out == null) {
            return null;
        }
        matcher.appendTail(out);
        if (out.length() > limits.stringChars()) {
            throw StringLimit.exceeded("REPLACE", limits);
        }
        return out.toString();
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, limits);
    }
}
