package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.load.KindMap;
import org.w3id.unrights.search.Search;

/**
 * Turns the hits of a {@link Search} into the search page's groups, each hit with a line that says what it is
 * ({@link Summaries}). Call inside a read transaction.
 */
public final class SearchPage {
    /** Results listed at most; the rest are counted. */
    public static final int MOST = 100;

    private final Labels labels;
    private final Summaries summaries;

    private final KindMap kinds;

    /** @param labels the request's labels of the dataset's things */
    public SearchPage(DatasetGraph dataset, KindMap kinds, Labels labels) {
        this.kinds = kinds;
        this.labels = labels;
        this.summaries = new Summaries(dataset, labels);
    }

    /** The page of {@code hits} for {@code query}, without narrowing. */
    public SearchView view(String query, List<Search.Hit> hits) {
        return view(query, hits, SearchFilter.NONE);
    }

    /**
     * The page of {@code hits} narrowed by {@code filter}, with the facets to narrow it further: how many hits each
     * kind has within the chosen period, and each decade within the chosen kind.
     */
    public SearchView view(String query, List<Search.Hit> hits, SearchFilter filter) {
        Map<Node, Integer> years = new HashMap<>();
        hits.forEach(h -> summaries.date(h.resource()).filter(d -> d.matches("[0-9]{4}.*"))
                .ifPresent(d -> years.put(h.resource(), Integer.parseInt(d.substring(0, 4)))));
        Map<String, Integer> perKind = new LinkedHashMap<>();
        Map<Integer, Integer> perDecade = new TreeMap<>();
        List<Search.Hit> kept = new ArrayList<>();
        for (Search.Hit hit : hits) {
            Integer year = years.get(hit.resource());
            boolean inPeriod = filter.admits(year);
            boolean ofKind = filter.kind() == null || filter.kind().equals(hit.kind());
            if (inPeriod) {
                perKind.merge(hit.kind(), 1, Integer::sum);
            }
            if (ofKind && year != null) {
                perDecade.merge(year / 10 * 10, 1, Integer::sum);
            }
            if (inPeriod && ofKind) {
                kept.add(hit);
            }
        }
        Map<String, List<SearchView.Result>> byKind = new LinkedHashMap<>();
        for (Search.Hit hit : kept.subList(0, Math.min(MOST, kept.size()))) {
            byKind.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(result(hit));
        }
        List<SearchView.Group> groups = new ArrayList<>();
        byKind.forEach((kind, results) -> groups.add(new SearchView.Group(kind, kinds.plural(kind), results)));
        List<SearchView.Facet> kindFacets = new ArrayList<>();
        perKind.forEach((kind, n) -> kindFacets.add(new SearchView.Facet(kinds.plural(kind), n,
                filter.withKind(kind.equals(filter.kind()) ? null : kind).href(query), kind.equals(filter.kind()))));
        List<SearchView.Facet> decadeFacets = new ArrayList<>();
        perDecade.forEach((decade, n) -> {
            boolean chosen = filter.from() != null && filter.from() == decade && filter.to() != null && filter.to() == decade + 9;
            decadeFacets.add(new SearchView.Facet(decade + "s", n,
                    (chosen ? filter.withPeriod(null, null) : filter.withPeriod(decade, decade + 9)).href(query), chosen));
        });
        return new SearchView(query, kept.size(), Math.min(MOST, kept.size()), groups, kindFacets, decadeFacets, filter.narrows());
    }

    private SearchView.Result result(Search.Hit hit) {
        Node node = hit.resource();
        return new SearchView.Result(labels.link(node), node.getURI(), Labels.shortForm(node), summaries.of(node, hit.matched()), hit.score());
    }

}
