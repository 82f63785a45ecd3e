package org.w3id.unrights.serve.guard;

import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * What one query may build in strings: no string longer than {@link Limits#stringChars()}, and no more than
 * {@link Limits#builtChars()} characters in all in the strings longer than {@link #FREE} that its functions
 * return, so that a query which builds long strings row after row (and holds them for ORDER BY or DISTINCT)
 * stops well before the heap's end. Strings up to {@link #FREE} characters are the ordinary case (names,
 * IRIs turned into strings) and are bounded, as rows are, by the time limit. One per query, on its thread.
 */
final class StringBudget {
    /** Strings this long or shorter do not count toward the budget. */
    static final int FREE = 256;

    private final Limits limits;
    private long built;

    StringBudget(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    /** {@code value} as returned by {@code function}, refused when it is past the limits. */
    NodeValue check(String function, NodeValue value) {
        if (value != null && value.isLiteral()) {
            int length = length(value);
            if (length > limits.stringChars()) {
                throw StringLimit.exceeded(function, limits);
            }
            if (length > FREE) {
                built += length;
                if (built > limits.builtChars()) {
                    throw new QueryRefused("the query built more than " + limits.builtChars() + " characters of long strings ("
                            + function + " among them), more than this server holds for one query; narrow the rows it "
                            + "builds them for, or use LIMIT");
                }
            }
        }
        return value;
    }

    /**
     * The length of a literal's lexical form. A value ARQ cannot make into a term (STRLANG with a malformed
     * language tag fails there, with an exception of the JDK's that would end the query as a 500) is an error
     * of the expression, as SPARQL has it.
     */
    static int length(NodeValue literal) {
        try {
            return literal.asNode().getLiteralLexicalForm().length();
        } catch (RuntimeException e) {
            throw new ExprEvalException("not a valid literal: " + e.getMessage());
        }
    }
}
