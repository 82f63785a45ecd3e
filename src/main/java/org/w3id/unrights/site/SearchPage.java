package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.search.Search;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Turns the hits of a {@link Search} into the search page's groups, each hit with a line that says what it is:
 * its date and its summary, else its title or the text that matched, where those add to its name. Call
 * inside a read transaction.
 */
public final class SearchPage {
    /** Results listed at most; the rest are counted. */
    public static final int MOST = 100;
    private static final int LINE = 160;

    private final DatasetGraph dataset;
    private final Labels labels;

    public SearchPage(DatasetGraph dataset) {
        this.dataset = dataset;
        this.labels = new Labels(dataset);
    }

    public SearchView view(String query, List<Search.Hit> hits) {
        Map<String, List<SearchView.Result>> byKind = new LinkedHashMap<>();
        for (Search.Hit hit : hits.subList(0, Math.min(MOST, hits.size()))) {
            byKind.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(result(hit));
        }
        List<SearchView.Group> groups = new ArrayList<>();
        byKind.forEach((kind, results) -> groups.add(new SearchView.Group(kind, Kinds.plural(kind), results)));
        return new SearchView(query, hits.size(), Math.min(MOST, hits.size()), groups);
    }

    private SearchView.Result result(Search.Hit hit) {
        Node node = hit.resource();
        return new SearchView.Result(labels.link(node), node.getURI(), Labels.shortForm(node), summary(node, hit.matched()), hit.score());
    }

    /** One line: the date, then the first of summary, title, symbol or matched text that is not the name itself. */
    String summary(Node node, String matched) {
        String name = labels.of(node);
        List<String> parts = new ArrayList<>();
        first(node, Unr.date).ifPresent(parts::add);
        for (Node property : List.of(Unr.summary, Std.dctTitle, Unr.symbol)) {
            Optional<String> text = first(node, property).filter(t -> !t.equals(name) && !name.startsWith(stripEllipsis(t)));
            if (text.isPresent()) {
                parts.add(text.get());
                break;
            }
        }
        if (parts.size() < 2 && matched != null && !matched.isBlank() && !matched.equals(name) && !parts.contains(matched)) {
            parts.add(matched);
        }
        String line = String.join(" · ", parts);
        return line.length() <= LINE ? line : line.substring(0, LINE - 1).strip() + "…";
    }

    private static String stripEllipsis(String text) {
        return text.length() > 80 ? text.substring(0, 80) : text;
    }

    private Optional<String> first(Node node, Node property) {
        return dataset.stream(Node.ANY, node, property, Node.ANY).map(Quad::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }
}
