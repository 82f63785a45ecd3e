package org.w3id.unrights.serve.guard;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextQueryPF;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.pfunction.PropFuncArg;

/**
 * {@code text:query} as Jena runs it, with Lucene's refusals answered as the client's mistake (400) rather
 * than as a server error: a query string Lucene cannot parse, a regular expression too complex to turn into
 * an automaton, a query with more clauses than Lucene takes, or one nested so deeply that parsing it runs the
 * thread's stack out.
 */
final class BoundedTextQuery extends TextQueryPF {
    @Override
    public QueryIterator exec(Binding binding, PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
        try {
            return super.exec(binding, argSubject, predicate, argObject, execCxt);
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new QueryRefused("text:query could not search: " + reason(e)
                    + ". See Lucene's query syntax; a regular expression (/…/) must stay simple", 400);
        } catch (StackOverflowError e) {
            throw new QueryRefused("text:query could not search: the search string is nested too deeply "
                    + "(parentheses or brackets inside one another); flatten it", 400);
        }
    }

    /** The innermost message, which is Lucene's own, without the class names the wrappers add. */
    private static String reason(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        String message = Refusals.withoutClassNames(inner.getMessage());
        if (message == null || message.isBlank()) {
            return "Lucene refused the search string";
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
