package org.w3id.unrights.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a search is narrowed: to one kind ({@code &kind=}), to a period of years ({@code &from=}, {@code &to=}),
 * both, or neither. A resource without a date is outside any period.
 *
 * @param kind the kind kept, as in {@code id/{kind}/}, or null for all
 * @param from the first year kept, or null
 * @param to   the last year kept, or null
 */
public record SearchFilter(String kind, Integer from, Integer to) {
    public static final SearchFilter NONE = new SearchFilter(null, null, null);

    public boolean admits(Integer year) {
        if (from == null && to == null) {
            return true;
        }
        return year != null && (from == null || year >= from) && (to == null || year <= to);
    }

    public boolean narrows() {
        return kind != null || from != null || to != null;
    }

    public SearchFilter withKind(String other) {
        return new SearchFilter(other, from, to);
    }

    public SearchFilter withPeriod(Integer first, Integer last) {
        return new SearchFilter(kind, first, last);
    }

    /** The search page for {@code query} narrowed so. */
    public String href(String query) {
        StringBuilder href = new StringBuilder("/search?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        if (kind != null) {
            href.append("&kind=").append(URLEncoder.encode(kind, StandardCharsets.UTF_8));
        }
        if (from != null) {
            href.append("&from=").append(from);
        }
        if (to != null) {
            href.append("&to=").append(to);
        }
        return href.toString();
    }
}
