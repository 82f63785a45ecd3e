package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    public SearchPage(DatasetGraph dataset, KindMap kinds) {
        this.kinds = kinds;
        this.labels = new Labels(dataset);
        this.summaries = new Summaries(dataset, labels);
    }

    public SearchView view(String query, List<Search.Hit> hits) {
        Map<String, List<SearchView.Result>> byKind = new LinkedHashMap<>();
        for (Search.Hit hit : hits.subList(0, Math.min(MOST, hits.size()))) {
            byKind.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(result(hit));
        }
        List<SearchView.Group> groups = new ArrayList<>();
        byKind.forEach((kind, results) -> groups.add(new SearchView.Group(kind, kinds.plural(kind), results)));
        return new SearchView(query, hits.size(), Math.min(MOST, hits.size()), groups);
    }

    private SearchView.Result result(Search.Hit hit) {
        Node node = hit.resource();
        return new SearchView.Result(labels.link(node), node.getURI(), Labels.shortForm(node), summaries.of(node, hit.matched()), hit.score());
    }

}
