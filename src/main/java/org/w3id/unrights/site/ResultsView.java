package org.w3id.unrights.site;

import java.util.List;

/**
 * The answer of a named query as a table, with links to the same results in other formats and to the
 * query in the editor.
 *
 * @param columns the result variables
 * @param rows    one cell per column; an IRI as a link under its label, a literal as text, an unbound cell as empty text
 */
public record ResultsView(QueryCard query, List<Link> formats, String editorHref, List<String> columns, List<List<Link>> rows)
        implements View {
    public ResultsView {
        formats = List.copyOf(formats);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public String template() {
        return "results.jte";
    }
}
