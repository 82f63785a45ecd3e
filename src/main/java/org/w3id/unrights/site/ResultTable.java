package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/** The rows of a SELECT result as a page shows them: IRIs as links under their labels, literals as text. */
public final class ResultTable {
    private ResultTable() {}

    /** Reads {@code results} from the start; call inside a read transaction, since labels are looked up. */
    public static List<List<Link>> rows(ResultSetRewindable results, Labels labels) {
        return rows(results, labels, 0, Integer.MAX_VALUE);
    }

    /** Rows {@code from} (counting from 0) up to {@code to}, excluded: only those are labelled. */
    public static List<List<Link>> rows(ResultSetRewindable results, Labels labels, int from, int to) {
        results.reset();
        List<List<Link>> rows = new ArrayList<>();
        for (int i = 0; results.hasNext() && i < to; i++) {
            QuerySolution solution = results.next();
            if (i < from) {
                continue;
            }
            List<Link> row = new ArrayList<>();
            for (String var : results.getResultVars()) {
                RDFNode value = solution.get(var);
                row.add(value == null ? Link.text("") : labels.link(value.asNode()));
            }
            rows.add(row);
        }
        return rows;
    }
}
