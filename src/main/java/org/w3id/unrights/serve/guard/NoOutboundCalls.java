package org.w3id.unrights.serve.guard;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * The server never fetches from other servers on a query's behalf. {@code SERVICE} anywhere in a query —
 * nested, in a sub-query, inside {@code EXISTS} — is refused before it runs. (Updates, {@code LOAD} among
 * them, are refused by the read-only dataset; {@code FROM} and {@code FROM NAMED} only select graphs of the
 * served dataset and fetch nothing.)
 */
final class NoOutboundCalls {
    static final String SERVICE_REFUSED = "SERVICE is not allowed: this server does not send requests to other servers on a query's behalf. "
            + "Run federated queries from your own client";

    private NoOutboundCalls() {}

    /** Why the query text is refused, or empty when it may run (text that does not parse is left for the endpoint to report). */
    static Optional<String> refusal(String queryText) {
        if (!mayCallOut(queryText)) {
            return Optional.empty();
        }
        Query query;
        try {
            query = QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryException e) {
            return Optional.empty();
        }
        boolean[] service = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                service[0] = true;
            }
        }, new ExprVisitorBase());
        return service[0] ? Optional.of(SERVICE_REFUSED) : Optional.empty();
    }

    /**
     * Whether the text may hold a SERVICE clause: the keyword in any case, or backslash-u escapes, which the
     * SPARQL grammar lets a parser read before the keywords. A text with neither is not parsed here: the endpoint
     * parses every query again, and this first parse took a fifth of a cheap query's time.
     */
    private static boolean mayCallOut(String text) {
        return text.toLowerCase(Locale.ROOT).contains("service") || text.contains("\\u") || text.contains("\\U");
    }
}
