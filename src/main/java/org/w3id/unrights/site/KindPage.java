package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    /**
     * Members sorted for their page up to this many; a kind with more (the record's ballots, 869,937 of them) is
     * listed in the store's order, the same at every request, since sorting it took seconds at each page.
     */
    static final int SORTED_UP_TO = 50_000;
    /** The order of a kind with more members than {@link #SORTED_UP_TO}. */
    public static final String STORE_ORDER = "store";

    private final DatasetGraph dataset;
    private final Labels labels;
    private final Summaries summaries;

    /** @param labels the request's labels of the dataset's things */
    public KindPage(DatasetGraph dataset, Labels labels) {
        this.dataset = dataset;
        this.labels = labels;
        this.summaries = new Summaries(dataset, labels);
    }

    /** Members of the kind's class or any of its subclasses, as the ontology declares them. */
    public Set<Node> members(Kind kind) {
        return membersUpTo(kind, Integer.MAX_VALUE).orElseThrow();
    }

    /** The {@link #members} of {@code kind}, or nothing as soon as there are more than {@code most}: read no further. */
    public Optional<Set<Node>> membersUpTo(Kind kind, int most) {
        try (Stream<Node> members = memberStream(kind)) {
            Set<Node> found = members.limit(most + 1L).collect(Collectors.toCollection(LinkedHashSet::new));
            return found.size() > most ? Optional.empty() : Optional.of(found);
        }
    }

    /**
     * Page {@code page} (from 1) in the order {@code sort} of a kind with {@code counted} members, as the build
     * counted them ({@code Statistics.instancesOfKind}); empty when there is no such page. A kind of more than
     * {@link #SORTED_UP_TO} is read as far as its page and no further, in the store's order.
     */
    public Optional<KindView> view(Kind kind, String sort, int page, long counted) {
        boolean sortable = counted <= SORTED_UP_TO;
        List<Node> listed = sortable ? new ArrayList<>(members(kind)) : List.of();
        long total = sortable ? listed.size() : counted;
        int pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
        if (page < 1 || page > pages) {
            return Optional.empty();
        }
        List<Node> shown;
        if (sortable) {
            listed.sort(order(sort));
            shown = listed.subList((page - 1) * PAGE, Math.min(listed.size(), page * PAGE));
        } else {
            shown = memberStream(kind).skip((long) (page - 1) * PAGE).limit(PAGE).toList();
        }
        List<KindView.Row> rows = shown.stream()
                .map(node -> new KindView.Row(labels.link(node), Labels.shortForm(node), summaries.date(node).orElse(""), summaries.of(node, null)))
                .toList();
        String base = "/id/" + kind.path() + "/";
        List<Link> sorts = sortable ? SORTS.stream().map(s -> s.equals(sort) ? Link.text(s) : Link.to(base + "?sort=" + s, s)).toList()
                : List.of(Link.text("the store's order (too many to sort; SPARQL sorts them)"));
        List<Link> pageLinks = Link.pages(pages, page, p -> base + (sortable ? "?sort=" + sort + "&" : "?") + "page=" + p);
        return Optional.of(new KindView(kind.path(), kind.plural(), total, sortable ? sort : STORE_ORDER, page, pages, rows, sorts, pageLinks));
    }

    /** The members of the kind's class and its subclasses one at a time, each once, in the store's order. */
    private Stream<Node> memberStream(Kind kind) {
        return classes(kind.type()).stream().flatMap(type -> dataset.stream(Node.ANY, Node.ANY, Std.rdfType, type).map(Quad::getSubject))
                .filter(Node::isURI).distinct();
    }

    private Comparator<Node> order(String sort) {
        // Each member's label and date read once, not at each of the sort's comparisons.
        Map<Node, String> label = new HashMap<>();
        Map<Node, String> date = new HashMap<>();
        Comparator<Node> byLabel = Comparator.comparing((Node n) -> label.computeIfAbsent(n, m -> labels.of(m).toLowerCase(Locale.ROOT)));
        Comparator<Node> byKey = Comparator.comparing(Node::getURI);
        return switch (sort) {
            // Newest first; the undated after the dated, by name.
            case "date" -> Comparator.comparing((Node n) -> date.computeIfAbsent(n, m -> summaries.date(m).orElse("")), Comparator.reverseOrder())
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
