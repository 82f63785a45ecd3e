package org.w3id.unrights.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.serve.html.Html;
import org.w3id.unrights.serve.html.Layout;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The HTML page of one resource, for people: its label and types, then its facts grouped by the source
 * that states them (with the locator into that source), then the links to it from other resources, each
 * with the source and locator of the linking fact. Call inside a read transaction on the dataset.
 */
final class ResourcePage {
    /** Shown in the heading of each group rather than as rows. */
    private static final Set<Node> PROVENANCE = Set.of(Std.provWasDerivedFrom, Unr.locator);
    /** Links to a resource beyond this many are counted, not listed. */
    static final int MAX_INCOMING = 300;

    private final DatasetGraph dataset;
    private final Labels labels;

    ResourcePage(DatasetGraph dataset) {
        this.dataset = dataset;
        this.labels = new Labels(dataset);
    }

    String render(ResourceDescription description, List<Negotiation.Offer> formats) {
        Node resource = description.resource();
        String label = labels.of(resource);
        return Layout.page(label, html -> {
            html.open("article", "class", "resource", "data-iri", resource.getURI());
            html.element("h1", label);
            html.open("p", "class", "iri").element("code", resource.getURI()).close("p");
            types(html, description);
            formats(html, resource, formats);
            facts(html, description);
            incoming(html, description);
            html.close("article");
        });
    }

    private void types(Html html, ResourceDescription description) {
        List<Node> types = description.quads().stream(Node.ANY, description.resource(), Std.rdfType, Node.ANY)
                .map(Quad::getObject).distinct().sorted(Comparator.comparing(Node::toString)).toList();
        if (types.isEmpty()) {
            return;
        }
        html.open("p", "class", "types").text(types.size() == 1 ? "Type: " : "Types: ");
        for (int i = 0; i < types.size(); i++) {
            html.text(i == 0 ? "" : ", ");
            nodeLink(html, types.get(i));
        }
        html.close("p");
    }

    private static void formats(Html html, Node resource, List<Negotiation.Offer> formats) {
        html.open("p", "class", "formats").text("Also as ");
        String path = Labels.href(resource);
        boolean first = true;
        for (Negotiation.Offer offer : formats) {
            if (offer.mediaType().equals(Responses.HTML)) {
                continue;
            }
            html.text(first ? "" : " · ").link(path + "?format=" + offer.name(), offer.name(), "type", offer.mediaType());
            first = false;
        }
        html.text(" (or ask for them with an Accept header).").close("p");
    }

    /** One block per graph that states something about the resource. */
    private void facts(Html html, ResourceDescription description) {
        Node resource = description.resource();
        Map<Node, List<Quad>> byGraph = new TreeMap<>(Comparator.comparing(ResourcePage::graphOrder));
        description.quads().stream(Node.ANY, resource, Node.ANY, Node.ANY)
                .forEach(q -> byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q));
        html.open("section", "class", "facts").element("h2", "Facts, by source");
        if (byGraph.isEmpty()) {
            html.element("p", "No source states facts about this resource; other resources link to it (below).");
        }
        byGraph.forEach((graph, quads) -> {
            html.open("div", "class", "source-block", "data-graph", graph.getURI());
            sourceHeading(html, graph, resource);
            html.open("table", "class", "facts").open("tbody");
            Map<Node, List<Node>> byProperty = new TreeMap<>(Comparator.comparing(this::propertyOrder));
            quads.stream().filter(q -> !PROVENANCE.contains(q.getPredicate()))
                    .forEach(q -> byProperty.computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(q.getObject()));
            byProperty.forEach((property, values) -> {
                html.open("tr").open("th", "scope", "row");
                nodeLink(html, property);
                html.close("th").open("td");
                values.stream().sorted(Comparator.comparing(Node::toString)).forEach(v -> {
                    html.open("div", "class", "value");
                    value(html, property, v);
                    html.close("div");
                });
                html.close("td").close("tr");
            });
            html.close("tbody").close("table").close("div");
        });
        html.close("section");
    }

    /** "According to {source} · {locator}" for a source graph; a plain name for the reference and ontology graphs. */
    private void sourceHeading(Html html, Node graph, Node node) {
        html.open("h3", "class", "source");
        if (graph.equals(Ids.REFERENCE_GRAPH)) {
            html.text("Reference data");
        } else if (graph.equals(Ids.ONTOLOGY_GRAPH)) {
            html.text("Ontology and vocabularies");
        } else {
            Node source = sourceOf(graph, node);
            html.text("According to ");
            if (source != null) {
                nodeLink(html, source);
            } else {
                html.text(Labels.shortForm(graph));
            }
            String locator = locators(graph, node);
            if (!locator.isEmpty()) {
                html.text(" · ").element("span", locator, "class", "locator");
            }
        }
        html.close("h3");
        html.open("p", "class", "graph").text("graph ").element("code", graph.getURI()).close("p");
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

    /** Links to the resource from other resources, each with the source and locator of the linking node. */
    private void incoming(Html html, ResourceDescription description) {
        Node resource = description.resource();
        List<Quad> links = description.quads().stream(Node.ANY, Node.ANY, Node.ANY, resource)
                .filter(q -> !q.getSubject().equals(resource) && !q.getPredicate().equals(Std.rdfType))
                .sorted(Comparator.comparing((Quad q) -> propertyOrder(q.getPredicate()))
                        .thenComparing(q -> labels.of(q.getSubject())))
                .toList();
        html.open("section", "class", "incoming").element("h2", "Linked from");
        if (links.isEmpty()) {
            html.element("p", "Nothing links here.");
            html.close("section");
            return;
        }
        html.open("table", "class", "links").open("thead").open("tr")
                .element("th", "resource").element("th", "as its").element("th", "source")
                .close("tr").close("thead").open("tbody");
        for (Quad link : links.subList(0, Math.min(links.size(), MAX_INCOMING))) {
            html.open("tr").open("td");
            nodeLink(html, link.getSubject());
            html.close("td").open("td");
            nodeLink(html, link.getPredicate());
            html.close("td").open("td");
            Node graph = link.getGraph();
            Node source = graph.equals(Ids.REFERENCE_GRAPH) || graph.equals(Ids.ONTOLOGY_GRAPH) ? null : sourceOf(graph, link.getSubject());
            if (source == null) {
                html.text(Labels.shortForm(graph));
            } else {
                nodeLink(html, source);
                String locator = locators(graph, link.getSubject());
                if (!locator.isEmpty()) {
                    html.text(" · ").element("span", locator, "class", "locator");
                }
            }
            html.close("td").close("tr");
        }
        html.close("tbody").close("table");
        if (links.size() > MAX_INCOMING) {
            html.element("p", (links.size() - MAX_INCOMING) + " more links; the Turtle or a SPARQL query gives them all.");
        }
        html.close("section");
    }

    private void value(Html html, Node property, Node value) {
        if (value.isURI()) {
            nodeLink(html, value);
        } else if (value.isLiteral()) {
            if (property.equals(Unr.quotation)) {
                html.element("q", value.getLiteralLexicalForm());
            } else {
                html.text(value.getLiteralLexicalForm());
            }
            String lang = value.getLiteralLanguage();
            if (lang.isEmpty() && value.getLiteralDatatypeURI() != null && !value.getLiteralDatatypeURI().endsWith("#string")) {
                html.text(" ").element("span", Labels.shortForm(NodeFactory.createURI(value.getLiteralDatatypeURI())), "class", "datatype");
            }
        } else {
            html.text(value.toString());
        }
    }

    private void nodeLink(Html html, Node node) {
        if (!node.isURI()) {
            html.text(node.toString());
            return;
        }
        html.link(Labels.href(node), labels.of(node), "title", node.getURI());
    }

    /** Reference data first, then the sources in name order, the ontology last. */
    private static String graphOrder(Node graph) {
        return (graph.equals(Ids.REFERENCE_GRAPH) ? "0" : graph.equals(Ids.ONTOLOGY_GRAPH) ? "2" : "1") + graph.getURI();
    }

    /** Type and label first, then the properties by their label. */
    private String propertyOrder(Node property) {
        int rank = property.equals(Std.rdfType) ? 0 : property.equals(Std.rdfsLabel) ? 1 : 2;
        return rank + labels.of(property).toLowerCase(Locale.ROOT) + property.getURI();
    }

    /** The 404 page: what was asked for, and ways on from there. */
    static String notFound(Node resource, List<Map.Entry<Node, String>> similar) {
        return Layout.page("Not found", html -> {
            html.element("h1", "Not in the graph");
            html.open("p").text("Nothing in the UN Rights Graph has the IRI ").element("code", resource.getURI()).text(".").close("p");
            html.open("p").text("IRIs have the form ").element("code", Ids.ID + "{kind}/{key}")
                    .text(": states by their ISO 3166-1 alpha-3 code in lower case (").link(Labels.href(Ids.id("state", "prk")), "id/state/prk")
                    .text("), resolutions and documents by their UN symbol, the rest by a readable key.").close("p");
            if (!similar.isEmpty()) {
                html.element("h2", "Perhaps one of these");
                html.open("ul", "class", "similar");
                for (Map.Entry<Node, String> entry : similar) {
                    html.open("li").link(Labels.href(entry.getKey()), entry.getValue()).text(" ")
                            .element("code", Labels.shortForm(entry.getKey())).close("li");
                }
                html.close("ul");
            }
            html.open("p").text("You can also ").link("/#questions", "run one of the example questions")
                    .text(", ask your own in the ").link("/#editor", "query editor")
                    .text(", or ").link("/dumps/", "download the whole graph").text(".").close("p");
        });
    }
}
