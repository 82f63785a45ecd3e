package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.load.Kind;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;

/**
 * The listing of a kind: the members of its class and of the class's subclasses (so every special procedure is
 * among the mechanisms), which is the count the landing page and {@code Statistics.instancesOfKind} give.
 * Call inside a read transaction.
 */
public final class KindPage {
    /** Resources on one page. */
    public static final int PAGE = 50;
    /** The orders on offer, the default first. */
    public static final List<String> SORTS = List.of("label", "date", "key");

    private final DatasetGraph dataset;
    private final Labels labels;
    private final Summaries summaries;

    public KindPage(DatasetGraph dataset) {
        this.dataset = dataset;
        this.labels = new Labels(dataset);
        this.summaries = new Summaries(dataset, labels);
    }

    /** Members of the kind's class or any of its subclasses, as the ontology declares them. */
    public Set<Node> members(Kind kind) {
        Set<Node> members = new LinkedHashSet<>();
        for (Node type : classes(kind.type())) {
            dataset.stream(Node.ANY, Node.ANY, Std.rdfType, type).map(Quad::getSubject).filter(Node::isURI).forEach(members::add);
        }
        return members;
    }

    /** Page {@code page} (from 1) in the order {@code sort}; empty when there is no such page. */
    public Optional<KindView> view(Kind kind, String sort, int page) {
        List<Node> sorted = new ArrayList<>(members(kind));
        sorted.sort(order(sort));
        int pages = Math.max(1, (sorted.size() + PAGE - 1) / PAGE);
        if (page < 1 || page > pages) {
            return Optional.empty();
        }
        List<KindView.Row> rows = sorted.subList((page - 1) * PAGE, Math.min(sorted.size(), page * PAGE)).stream()
                .map(node -> new KindView.Row(labels.link(node), Labels.shortForm(node), summaries.date(node).orElse(""), summaries.of(node, null)))
                .toList();
        String base = "/id/" + kind.path() + "/";
        List<Link> sorts = SORTS.stream().map(s -> s.equals(sort) ? Link.text(s) : Link.to(base + "?sort=" + s, s)).toList();
        List<Link> pageLinks = Link.pages(pages, page, p -> base + "?sort=" + sort + "&page=" + p);
        return Optional.of(new KindView(kind.path(), kind.plural(), sorted.size(), sort, page, pages, rows, sorts, pageLinks));
    }

    private Comparator<Node> order(String sort) {
        Comparator<Node> byLabel = Comparator.comparing((Node n) -> labels.of(n).toLowerCase(Locale.ROOT));
        Comparator<Node> byKey = Comparator.comparing(Node::getURI);
        return switch (sort) {
            // Newest first; the undated after the dated, by name.
            case "date" -> Comparator.comparing((Node n) -> summaries.date(n).orElse(""), Comparator.reverseOrder())
                    .thenComparing(byLabel).thenComparing(byKey);
            case "key" -> byKey;
            default -> byLabel.thenComparing(byKey);
        };
    }

    /** {@code type} and every class below it (rdfs:subClassOf, any depth) among the project's terms. */
    private Set<Node> classes(Node type) {
        Set<Node> found = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Node next = todo.remove(todo.size() - 1);
            if (found.add(next)) {
                dataset.stream(Ids.ONTOLOGY_GRAPH, Node.ANY, Std.rdfsSubClassOf, next).map(Quad::getSubject).filter(Node::isURI).forEach(todo::add);
            }
        }
        return found;
    }
}
