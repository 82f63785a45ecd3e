package org.w3id.unrights.serve.guard;

import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The property functions a served query may use: {@code text:query} alone. ARQ's own registry, even an empty
 * one, loads any property function its library namespace names ({@code apf:strSplit} splits by a regular
 * expression the bounds do not reach), so this one answers for {@code text:query} ({@link BoundedTextQuery})
 * and for nothing else.
 */
final class TextSearchOnly extends PropertyFunctionRegistry {
    static final String TEXT_QUERY = TextQuery.NS + "query";
    private static final PropertyFunctionFactory FACTORY = uri -> new BoundedTextQuery();

    @Override
    public boolean manages(String uri) {
        return TEXT_QUERY.equals(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
        return manages(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
        return manages(uri) ? FACTORY : null;
    }
}
