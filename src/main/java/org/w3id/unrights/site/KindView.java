package org.w3id.unrights.site;

import java.util.List;

/**
 * One page of the listing of a kind ({@code /id/{kind}/}): every resource of that kind, sorted, a page at a time.
 *
 * @param kind    the kind as in {@code id/{kind}/}
 * @param heading the kind in words ("States")
 * @param total   how many resources of this kind the graph holds (its class with its subclasses)
 * @param sort    the order: {@code label}, {@code date} (newest first) or {@code key}
 * @param page    this page, from 1
 * @param pages   how many pages there are
 * @param rows    the resources on this page
 * @param sorts   a link to the first page in each order, the current one without a target
 * @param pageLinks the pager ({@link Link#pages}): the first and last pages and those near this one, which is text
 */
public record KindView(String kind, String heading, long total, String sort, int page, int pages, List<Row> rows,
                       List<Link> sorts, List<Link> pageLinks) implements View {
    /** One resource: its link, its short form, its date (or empty) and what it is, in a line. */
    public record Row(Link link, String shortForm, String date, String summary) {}

    public KindView {
        rows = List.copyOf(rows);
        sorts = List.copyOf(sorts);
        pageLinks = List.copyOf(pageLinks);
    }

    /** The first row's position in the whole listing, from 1. */
    public int from() {
        return rows.isEmpty() ? 0 : (page - 1) * KindPage.PAGE + 1;
    }

    public int to() {
        return from() + rows.size() - 1;
    }

    @Override
    public String template() {
        return "kind.jte";
    }
}
