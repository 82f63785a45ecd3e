package org.w3id.unrights.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.unrights.serve.html.Html;

/** A SELECT result as an HTML table: IRIs as links under their labels, literals as text. */
final class ResultTable {
    private ResultTable() {}

    static void write(Html html, ResultSetRewindable results, Labels labels) {
        results.reset();
        html.open("table", "class", "results").open("thead").open("tr");
        results.getResultVars().forEach(v -> html.element("th", v));
        html.close("tr").close("thead").open("tbody");
        while (results.hasNext()) {
            QuerySolution row = results.next();
            html.open("tr");
            for (String var : results.getResultVars()) {
                html.open("td");
                RDFNode value = row.get(var);
                if (value != null) {
                    cell(html, value.asNode(), labels);
                }
                html.close("td");
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
        html.element("p", results.size() + (results.size() == 1 ? " row" : " rows"), "class", "row-count");
    }

    private static void cell(Html html, Node node, Labels labels) {
        if (node.isURI()) {
            html.link(Labels.href(node), labels.of(node), "title", node.getURI());
        } else if (node.isLiteral()) {
            html.text(node.getLiteralLexicalForm());
        } else {
            html.text(node.toString());
        }
    }
}
