package org.w3id.unrights.serve.guard;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The functions a served query may call by IRI: those of ARQ's registry as it stands when the server starts
 * ({@code fn:}, {@code xsd:} casts, the SPARQL built-ins under {@code sparql:} and the rest), each held to
 * {@link Limits#stringChars()} — the strings it is given, all together, and the one it returns. ARQ's own
 * registry loads any class a {@code java:} or {@code afn:} IRI names on first use (a formatting function among
 * them builds a string as wide as a number asks); this one loads nothing, so such a call is an unknown function.
 * {@link BoundedResult} checks each call's value again, with the per-query budget.
 */
final class LibraryOnly extends FunctionRegistry {
    private final Map<String, FunctionFactory> functions = new TreeMap<>();

    LibraryOnly(FunctionRegistry library, Limits limits) {
        for (Iterator<String> keys = library.keys(); keys.hasNext(); ) {
            String uri = keys.next();
            FunctionFactory factory = library.get(uri);
            if (factory != null) {
                functions.put(uri, iri -> new Held(factory.create(iri), limits));
            }
        }
    }

    @Override
    public FunctionFactory get(String uri) {
        return functions.get(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
        return functions.containsKey(uri);
    }

    @Override
    public Iterator<String> keys() {
        return functions.keySet().iterator();
    }

    @Override
    public void put(String uri, FunctionFactory factory) {
        throw new UnsupportedOperationException("the served functions are fixed when the server starts");
    }

    @Override
    public void put(String uri, Class<?> funcClass) {
        throw new UnsupportedOperationException("the served functions are fixed when the server starts");
    }

    @Override
    public FunctionFactory remove(String uri) {
        throw new UnsupportedOperationException("the served functions are fixed when the server starts");
    }

    /** A library function whose string arguments, all together, and whose value are at most the limit. */
    private static final class Held implements Function {
        private final Function function;
        private final Limits limits;

        Held(Function function, Limits limits) {
            this.function = function;
            this.limits = limits;
        }

        /** Why the call cannot be made (the wrong number of arguments), or null. */
        private String unusable;

        /** A call ARQ cannot build is an error of that expression, as an unknown function is, not of the server. */
        @Override
        public void build(String uri, ExprList args, Context context) {
            try {
                function.build(uri, args, context);
            } catch (QueryBuildException e) {
                unusable = "<" + uri + ">: " + e.getMessage();
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            if (unusable != null) {
                throw new ExprEvalException(unusable);
            }
            try {
                return held(binding, args, uri, env);
            } catch (ExprEvalException | QueryCancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                // Some of ARQ's functions signal a bad argument with their own exception, which would end the query as a 500.
                throw new ExprEvalException("<" + uri + ">: " + e.getMessage());
            }
        }

        private NodeValue held(Binding binding, ExprList args, String uri, FunctionEnv env) {
            ExprList given = args;
            if (function instanceof FunctionBase) {
                // Evaluated here, as FunctionBase would, to see their length before the call; handed on as constants.
                given = new ExprList();
                long chars = 0;
                for (Expr arg : args) {
                    NodeValue v = arg.eval(binding, env);
                    if (v.isLiteral()) {
                        chars += StringBudget.length(v);
                    }
                    given.add(v);
                }
                if (chars > limits.stringChars()) {
                    throw StringLimit.exceeded("<" + uri + ">", limits);
                }
            }
            NodeValue value = function.exec(binding, given, uri, env);
            if (value != null && value.isLiteral() && StringBudget.length(value) > limits.stringChars()) {
                throw StringLimit.exceeded("<" + uri + ">", limits);
            }
            return value;
        }
    }
}
