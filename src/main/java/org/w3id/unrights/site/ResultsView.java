package org.w3id.unrights.site;

import java.util.List;

/**
 * The answer of a named query as a table, with links to the same results in other formats and to the
 * query in the editor.
 *
 * @param columns the result variables
 * @param rows      the rows of this page, one cell per column; an IRI as a link under its label, a literal as
 *                  text, an unbound cell as empty text
 * @param total     how many rows the answer has in all
 * @param from      the number of this page's first row, counting from 1
 * @param pageLinks the pager ({@link Link#pages}), the current page as text; empty when all rows are on one page
 */
public record ResultsView(QueryCard query, List<Link> formats, String editorHref, List<String> columns, List<List<Link>> rows,
                          int total, int from, List<Link> pageLinks, List<Parameter> parameters) implements View {
    /** A value of the query a reader may set, with the one it has in this answer and its default. */
    public record Parameter(String name, String description, String value, String standard) {}

    public ResultsView {
        parameters = List.copyOf(parameters);
        formats = List.copyOf(formats);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        pageLinks = List.copyOf(pageLinks);
    }

    /** The number of this page's last row. */
    public int to() {
        return from + rows.size() - 1;
    }

    @Override
    public String template() {
        return "results.jte";
    }
}
