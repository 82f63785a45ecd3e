package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.load.KindMap;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Reads the page of one resource from the graph: its label and types, then its facts grouped by the
 * source that states them (with the locator into that source), then the links to it from other
 * resources, each with the source and locator of the linking fact. Call inside a read transaction.
 */
public final class ResourcePage {
    /** Shown in the heading of each group rather than as rows. */
    private static final Set<Node> PROVENANCE = Set.of(Std.provWasDerivedFrom, Unr.locator);
    /** Links from resources of one kind listed on one page; the others are a page link away. */
    public static final int INCOMING_PAGE = 25;
    /**
     * Links of one kind sorted for their page; a kind with more is paged in the store's order. Sorting reads every
     * link's label: a state's ballots (about 700 to 6,200) are in the store's order, as the roll calls came, since
     * the 2,104 of the DPRK sorted took two thirds of its page.
     */
    static final int SORTED_UP_TO = 1_000;
    /** How sure the source is and what was deduced: shown beside the facts they qualify, not as rows. */
    private static final Set<Node> MARKS = Set.of(Unr.certainty, Unr.claimedBy, Unr.inferred, Unr.inferredProperty,
            Unr.inferenceNote, Unr.incompleteProperty, Unr.sourceWording, Unr.conflictNote);

    private final DatasetGraph dataset;
    private final KindMap kinds;
    private final Labels labels;
    private final BallotIndex ballots;
    private final Statistics statistics;

    /**
     * @param dataset    the dataset with its named graphs, where each source and locator is looked up
     * @param ballots    the states' ballots, shared by every page of the graph
     * @param statistics the graph's counts, among them the links to each concept ({@link Statistics#linksToConcept})
     * @param labels     the request's labels of the dataset's things
     */
    public ResourcePage(DatasetGraph dataset, KindMap kinds, BallotIndex ballots, Statistics statistics, Labels labels) {
        this.kinds = kinds;
        this.dataset = dataset;
        this.labels = labels;
        this.ballots = ballots;
        this.statistics = statistics;
    }

    /**
     * @param quads     every quad with the resource as subject, graphs kept (the links to it are read from the
     *                  dataset, a page at a time)
     * @param formats   links to the resource in its other formats
     * @param linksKind the kind of linking resources whose page {@code linksPage} (from 1) is asked for; the
     *                  other kinds show their first page
     */
    public ResourceView view(Node resource, DatasetGraph quads, List<Link> formats, String linksKind, int linksPage, String citation) {
        return view(resource, quads, formats, linksKind, linksPage, citation, VoteFilter.NONE);
    }

    /** @param votes which of a state's ballots its chart and list show */
    public ResourceView view(Node resource, DatasetGraph quads, List<Link> formats, String linksKind, int linksPage, String citation,
                             VoteFilter votes) {
        List<Node> types = quads.stream(Node.ANY, resource, Std.rdfType, Node.ANY)
                .map(Quad::getObject).distinct().sorted(Comparator.comparing(Node::toString)).toList();
        return new ResourceView(labels.full(resource), resource.getURI(), types.stream().map(labels::link).toList(),
                claims(resource, quads), formats, citation,
                new ResourceHighlights(dataset, labels, ballots).of(resource, votes), blocks(resource, quads),
                incomingGroups(resource, linksKind, linksPage));
    }

    public ResourceView view(Node resource, DatasetGraph quads, List<Link> formats) {
        return view(resource, quads, formats, "", 1, null);
    }

    /** Each source's summary of the resource, with the source and locator: a claim, in the order of the sources. */
    private List<ResourceView.Claim> claims(Node resource, DatasetGraph quads) {
        return quads.stream(Node.ANY, resource, Unr.summary, Node.ANY).filter(q -> q.getObject().isLiteral())
                .sorted(Comparator.comparing((Quad q) -> graphOrder(q.getGraph())).thenComparing(q -> q.getObject().getLiteralLexicalForm()))
                .map(q -> new ResourceView.Claim(q.getObject().getLiteralLexicalForm(), q.getGraph().equals(Ids.REFERENCE_GRAPH)
                        ? new ResourceView.Attribution(Link.text("the reference data"), "") : attribution(q.getGraph(), resource)))
                .toList();
    }

    /**
     * The links here grouped by the kind of the linking resource, kinds with most links first. One pass over the
     * links counts each kind and keeps the links of each kind while it has at most {@link #SORTED_UP_TO}: those
     * are listed by property, then by the linking resource's label. A larger kind (a state's ballots,
     * a vote option's hundreds of thousands) is read again for the page shown alone, in the store's own order, the
     * same at every request, so no page needs every link in memory. A concept whose links the build counted, all
     * of kinds too large to sort, is not read for its counts: turning each of a vote option's ballots from a node id
     * back into its IRI to learn its kind took a second on a warm server and twenty on a fresh one.
     */
    private List<ResourceView.IncomingGroup> incomingGroups(Node resource, String linksKind, int linksPage) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, List<Quad>> kept = new HashMap<>();
        java.util.function.Consumer<Quad> count = q -> {
            String kind = Ids.kindOf(q.getSubject());
            int seen = counts.merge(kind, 1, Integer::sum);
            if (seen <= SORTED_UP_TO) {
                kept.computeIfAbsent(kind, k -> new ArrayList<>()).add(q);
            } else if (seen == SORTED_UP_TO + 1) {
                kept.remove(kind);
            }
        };
        Map<String, Long> counted = statistics.linksToConcept(resource);
        if (!counted.isEmpty() && counted.values().stream().allMatch(n -> n > SORTED_UP_TO)) {
            counted.forEach((kind, n) -> counts.put(kind, Math.toIntExact(n)));
            // Written after the counts were taken, and small: read.
            incoming(dataset.stream(Ids.COMPUTED_GRAPH, Node.ANY, Node.ANY, resource), resource).forEach(count);
        } else {
            incoming(resource).forEach(count);
        }
        List<ResourceView.IncomingGroup> groups = new ArrayList<>();
        counts.forEach((kind, total) -> {
            int pages = (total + INCOMING_PAGE - 1) / INCOMING_PAGE;
            int page = kind.equals(linksKind) && linksPage >= 1 && linksPage <= pages ? linksPage : 1;
            List<Link> pageLinks = pages < 2 ? List.of()
                    : Link.pages(pages, page, p -> Labels.href(resource) + "?links=" + kind + "&page=" + p + "#links-" + kind);
            Comparator<Quad> order = Comparator.comparing((Quad q) -> propertyOrder(q.getPredicate())).thenComparing(q -> labels.of(q.getSubject()));
            List<Quad> shown = total <= SORTED_UP_TO
                    ? kept.get(kind).stream().sorted(order).skip((long) (page - 1) * INCOMING_PAGE).limit(INCOMING_PAGE).toList()
                    : incoming(resource).filter(q -> Ids.kindOf(q.getSubject()).equals(kind))
                            .skip((long) (page - 1) * INCOMING_PAGE).limit(INCOMING_PAGE).sorted(order).toList();
            groups.add(new ResourceView.IncomingGroup(kind, kinds.plural(kind), total, shown.stream().map(this::incoming).toList(), pageLinks));
        });
        groups.sort(Comparator.comparingInt((ResourceView.IncomingGroup g) -> -g.total()).thenComparing(ResourceView.IncomingGroup::kind));
        return groups;
    }

    /** One block per graph that states something about the resource. */
    private List<ResourceView.SourceBlock> blocks(Node resource, DatasetGraph quads) {
        Map<Node, List<Quad>> byGraph = new TreeMap<>(Comparator.comparing(ResourcePage::graphOrder));
        quads.stream(Node.ANY, resource, Node.ANY, Node.ANY)
                .forEach(q -> byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q));
        List<ResourceView.SourceBlock> blocks = new ArrayList<>();
        byGraph.forEach((graph, inGraph) -> {
            Map<Node, List<Node>> byProperty = new TreeMap<>(Comparator.comparing(this::propertyOrder));
            inGraph.stream().filter(q -> !PROVENANCE.contains(q.getPredicate()) && !MARKS.contains(q.getPredicate()))
                    .forEach(q -> byProperty.computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(q.getObject()));
            Set<Node> inferred = objects(inGraph, Unr.inferredProperty);
            Set<Node> incomplete = objects(inGraph, Unr.incompleteProperty);
            List<ResourceView.Fact> facts = new ArrayList<>();
            byProperty.forEach((property, values) -> facts.add(new ResourceView.Fact(labels.link(property),
                    values.stream().sorted(Comparator.comparing(Node::toString)).map(v -> value(property, v)).toList(),
                    inferred.contains(property), incomplete.contains(property))));
            String name = graph.equals(Ids.REFERENCE_GRAPH) ? "Reference data"
                    : graph.equals(Ids.ONTOLOGY_GRAPH) ? "Ontology and vocabularies"
                    : graph.equals(Ids.COMPUTED_GRAPH) ? "Values computed at build" : null;
            blocks.add(new ResourceView.SourceBlock(graph.getURI(), name,
                    name == null ? attribution(graph, resource) : null, marks(inGraph), facts));
        });
        return blocks;
    }

    private static Set<Node> objects(List<Quad> quads, Node property) {
        return quads.stream().filter(q -> q.getPredicate().equals(property)).map(Quad::getObject)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The certainty, claimant, inference note, source wording and conflict note one graph gives its facts; null if none. */
    private ResourceView.Marks marks(List<Quad> inGraph) {
        Node certainty = first(inGraph, Unr.certainty);
        Node claimedBy = first(inGraph, Unr.claimedBy);
        Node note = first(inGraph, Unr.inferenceNote);
        Node wording = first(inGraph, Unr.sourceWording);
        Node conflict = first(inGraph, Unr.conflictNote);
        if (certainty == null && claimedBy == null && note == null && wording == null && conflict == null) {
            return null;
        }
        return new ResourceView.Marks(certainty == null ? null : labels.link(certainty),
                certaintyKey(certainty),
                claimedBy == null ? null : labels.link(claimedBy),
                note == null ? null : note.getLiteralLexicalForm(),
                wording == null ? null : wording.getLiteralLexicalForm(),
                conflict == null ? null : conflict.getLiteralLexicalForm());
    }

    /** The concept's key, used as a style class: only a plain lower-case key, never whatever the data holds. */
    private static String certaintyKey(Node certainty) {
        if (certainty == null || !certainty.isURI()) {
            return null;
        }
        String key = certainty.getURI().substring(certainty.getURI().lastIndexOf('/') + 1);
        return key.matches("[a-z][a-z-]*") ? key : null;
    }

    private static Node first(List<Quad> quads, Node property) {
        return quads.stream().filter(q -> q.getPredicate().equals(property)).map(Quad::getObject)
                .min(Comparator.comparing(Node::toString)).orElse(null);
    }

    /** The source of what {@code node} says in {@code graph}, linked, with its locators there. */
    private ResourceView.Attribution attribution(Node graph, Node node) {
        Node source = sourceOf(graph, node);
        return new ResourceView.Attribution(source == null ? Link.text(Labels.shortForm(graph)) : labels.link(source),
                locators(graph, node));
    }

    /** The source a node's facts in {@code graph} come from: its own prov:wasDerivedFrom there, else the graph's source. */
    private Node sourceOf(Node graph, Node node) {
        return dataset.stream(graph, node, Std.provWasDerivedFrom, Node.ANY).map(Quad::getObject).findFirst()
                .orElseGet(() -> dataset.stream(graph, Node.ANY, Std.rdfType, Unr.Source).map(Quad::getSubject).findFirst().orElse(null));
    }

    private String locators(Node graph, Node node) {
        return String.join("; ", dataset.stream(graph, node, Unr.locator, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).distinct().sorted().toList());
    }

    /** Links to the resource from other resources (not its types' instances), as the dataset holds them. */
    private java.util.stream.Stream<Quad> incoming(Node resource) {
        return incoming(dataset.stream(Node.ANY, Node.ANY, Node.ANY, resource), resource);
    }

    /** Of {@code quads}, those with {@code resource} as object, the links a page lists ({@link Statistics#isListedLink}). */
    private static java.util.stream.Stream<Quad> incoming(java.util.stream.Stream<Quad> quads, Node resource) {
        return quads.filter(q -> Statistics.isListedLink(q.getSubject(), q.getPredicate(), resource));
    }

    /** A link with the source and locator of the linking node; the reference and ontology graphs by their short name. */
    private ResourceView.Incoming incoming(Quad link) {
        Node graph = link.getGraph();
        Node source = Ids.isSourceGraph(graph) ? sourceOf(graph, link.getSubject()) : null;
        ResourceView.Attribution attribution = source == null
                ? new ResourceView.Attribution(Link.text(Labels.shortForm(graph)), "")
                : new ResourceView.Attribution(labels.link(source), locators(graph, link.getSubject()));
        return new ResourceView.Incoming(labels.link(link.getSubject()), labels.link(link.getPredicate()), attribution);
    }

    private ResourceView.Value value(Node property, Node value) {
        if (property.equals(Unr.symbol) && value.isLiteral()) {
            Link official = ResourceHighlights.official(value.getLiteralLexicalForm());
            return new ResourceView.Value(official == null ? Link.text(value.getLiteralLexicalForm()) : official, false, null);
        }
        if (!value.isLiteral()) {
            return new ResourceView.Value(labels.link(value), false, null);
        }
        String datatype = value.getLiteralDatatypeURI();
        boolean typed = value.getLiteralLanguage().isEmpty() && datatype != null && !datatype.endsWith("#string");
        return new ResourceView.Value(Link.text(value.getLiteralLexicalForm()), property.equals(Unr.quotation),
                typed ? Labels.shortForm(NodeFactory.createURI(datatype)) : null);
    }

    /** Reference data first, then the sources in name order, then the counts computed from them, the ontology last. */
    private static String graphOrder(Node graph) {
        return (graph.equals(Ids.REFERENCE_GRAPH) ? "0" : graph.equals(Ids.ONTOLOGY_GRAPH) ? "3"
                : graph.equals(Ids.COMPUTED_GRAPH) ? "2" : "1") + graph.getURI();
    }

    /** Type and label first, then the properties by their label. */
    private String propertyOrder(Node property) {
        int rank = property.equals(Std.rdfType) ? 0 : property.equals(Std.rdfsLabel) ? 1 : 2;
        return rank + labels.of(property).toLowerCase(Locale.ROOT) + property.getURI();
    }
}
