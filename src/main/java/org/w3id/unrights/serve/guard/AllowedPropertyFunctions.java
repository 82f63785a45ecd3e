package org.w3id.unrights.serve.guard;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.w3id.unrights.votes.Agreement;
import org.w3id.unrights.votes.Ballot;

/**
 * The property functions a served query may use: {@code text:query} and the project's {@code unrf:agreement}
 * ({@link Agreement}, a pass over the vote matrix, bounded by its size) and {@code unrf:ballot} ({@link Ballot},
 * cells of the matrix, as many as the record has ballots at most). ARQ's own registry, even an empty one,
 * loads any property function its library namespace names ({@code apf:strSplit} splits by a regular
 * expression the bounds do not reach), so this one answers for those three ({@link BoundedTextQuery}) and for
 * nothing else.
 */
final class AllowedPropertyFunctions extends PropertyFunctionRegistry {
    static final String TEXT_QUERY = TextQuery.NS + "query";
    private static final Map<String, PropertyFunctionFactory> ALLOWED = Map.of(
            TEXT_QUERY, uri -> new BoundedTextQuery(),
            Agreement.IRI, uri -> new Refusing(new Agreement()),
            Ballot.IRI, uri -> new Refusing(new Ballot()));

    @Override
    public boolean manages(String uri) {
        return ALLOWED.containsKey(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
        return manages(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
        return ALLOWED.get(uri);
    }

    /** A function whose arguments, when wrong, are the client's mistake: 400 with the reason, not a 500. */
    private record Refusing(PropertyFunction function) implements PropertyFunction {
        @Override
        public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
            try {
                function.build(subject, predicate, object, execCxt);
            } catch (QueryBuildException e) {
                throw new QueryRefused(e.getMessage(), 400);
            }
        }

        @Override
        public QueryIterator exec(QueryIterator input, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
            return function.exec(input, subject, predicate, object, execCxt);
        }
    }
}
