package org.w3id.unrights.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Names for nodes on pages: the first label a graph gives (English preferred), else a short form; and the
 * address a link to a node should use, on this server for the project's own IRIs. Call inside a read
 * transaction; one instance per request, since it caches.
 */
public final class Labels {
    /** Summaries come last: statements and positions have no name, and their summary says what they are. */
    private static final List<Node> LABEL_PROPERTIES = List.of(Std.rdfsLabel, Std.skosPrefLabel, Std.dctTitle, Std.foafName, Unr.summary);
    private static final int LONGEST = 90;
    private static final PrefixMapping PREFIXES = Prefixes.standard();

    private final Graph union;
    private final Map<Node, String> cache = new HashMap<>();

    public Labels(DatasetGraph dataset) {
        this.union = dataset.getUnionGraph();
    }

    public String of(Node node) {
        String full = full(node);
        return full.length() <= LONGEST ? full : full.substring(0, LONGEST - 1).strip() + "…";
    }

    /** The label whole, for a page's own heading: lists cut long labels, a heading never does. */
    public String full(Node node) {
        // Not computeIfAbsent: a vote's label is made from its resolution's, looked up (and cached) meanwhile.
        String known = cache.get(node);
        if (known == null) {
            known = lookUp(node);
            cache.put(node, known);
        }
        return known;
    }

    private String lookUp(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
        if (union.contains(node, Std.rdfType, Unr.Ballot)) {
            return ballot(node);
        }
        for (Node property : LABEL_PROPERTIES) {
            String best = null;
            for (var it = union.find(node, property, Node.ANY); it.hasNext(); ) {
                Node value = it.next().getObject();
                if (value.isLiteral() && (best == null || "en".equals(value.getLiteralLanguage()))) {
                    best = value.getLiteralLexicalForm();
                }
            }
            if (best != null) {
                return best;
            }
        }
        if (union.contains(node, Std.rdfType, Unr.Vote)) {
            return vote(node);
        }
        return shortForm(node);
    }

    /** "Ballot of Japan: in favour". */
    private String ballot(Node ballot) {
        String voter = value(ballot, Unr.voter).map(this::full).orElse("a state");
        return "Ballot of " + voter + value(ballot, Unr.option).map(o -> ": " + full(o)).orElse("");
    }

    /** A vote without a label or summary: "Vote on A/RES/69/188, 2014-12-18". */
    private String vote(Node vote) {
        String on = value(vote, Unr.onResolution).map(this::full).orElse("a resolution");
        return "Vote on " + on + value(vote, Unr.date).filter(Node::isLiteral).map(d -> ", " + d.getLiteralLexicalForm()).orElse("");
    }

    private java.util.Optional<Node> value(Node node, Node property) {
        var it = union.find(node, property, Node.ANY);
        return it.hasNext() ? java.util.Optional.of(it.next().getObject()) : java.util.Optional.empty();
    }

    /** {@code state/prk} for the project's things, {@code unr:State} where a prefix fits, else the IRI. */
    public static String shortForm(Node node) {
        String iri = node.getURI();
        if (iri.startsWith(Ids.ID)) {
            return iri.substring(Ids.ID.length());
        }
        return PREFIXES.shortForm(iri);
    }

    /** Where a link to {@code node} goes: the same path on this server for the project's IRIs, so they resolve locally. */
    public static String href(Node node) {
        String iri = node.getURI();
        return iri.startsWith(Ids.BASE) ? "/" + iri.substring(Ids.BASE.length()) : iri;
    }

    /** A link to {@code node} under its label, with its IRI as the tooltip; a literal or blank node as text. */
    public Link link(Node node) {
        if (!node.isURI()) {
            return Link.text(node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
        }
        return Link.titled(href(node), of(node), node.getURI());
    }
}
