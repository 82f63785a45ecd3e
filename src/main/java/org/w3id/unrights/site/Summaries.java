package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * One line that says what a resource is, for lists (search results, a kind's listing): its date, then the
 * first of its summary, title or UN symbol that adds to its name, else the text that matched a search. Call
 * inside a read transaction.
 */
public final class Summaries {
    static final int LINE = 160;

    private final DatasetGraph dataset;
    private final Labels labels;

    public Summaries(DatasetGraph dataset, Labels labels) {
        this.dataset = dataset;
        this.labels = labels;
    }

    /** @param matched the text a search matched, or null */
    public String of(Node node, String matched) {
        String name = labels.of(node);
        List<String> parts = new ArrayList<>();
        date(node).ifPresent(parts::add);
        for (Node property : List.of(Unr.summary, Std.dctTitle, Unr.symbol)) {
            Optional<String> text = first(node, property).filter(t -> !sameAsName(t, name));
            if (text.isPresent()) {
                parts.add(text.get());
                break;
            }
        }
        if (parts.isEmpty()) {
            role(node).ifPresent(parts::add);
        }
        if (parts.size() < 2 && matched != null && !matched.isBlank() && !sameAsName(matched, name) && !parts.contains(matched)) {
            parts.add(matched);
        }
        String line = String.join(" · ", parts).replaceAll("\\s+", " ");
        return line.length() <= LINE ? line : line.substring(0, LINE - 1).strip() + "…";
    }

    /** For a person or state without a summary: the title of a post it holds, and where ("Special Rapporteur, …"). */
    private Optional<String> role(Node holder) {
        return dataset.stream(Node.ANY, Node.ANY, Std.orgMember, holder).map(Quad::getSubject).distinct()
                .flatMap(r -> first(r, Unr.roleTitle).map(t -> t + dataset.stream(Node.ANY, r, Unr.mandate, Node.ANY)
                        .map(Quad::getObject).findFirst()
                        .or(() -> dataset.stream(Node.ANY, r, Std.orgOrganization, Node.ANY).map(Quad::getObject).findFirst())
                        .map(where -> ", " + labels.of(where)).orElse("")).stream())
                .sorted().findFirst();
    }

    /** The resource's date (unr:date, else when it started), for sorting and showing; empty without one. */
    public Optional<String> date(Node node) {
        return first(node, Unr.date).or(() -> first(node, Unr.startDate));
    }

    /** Labels are cut at 90 characters: a text whose start is the label is the name again. */
    private static boolean sameAsName(String text, String name) {
        String stem = name.endsWith("…") ? name.substring(0, name.length() - 1) : name;
        return text.equals(name) || text.startsWith(stem);
    }

    private Optional<String> first(Node node, Node property) {
        return dataset.stream(Node.ANY, node, property, Node.ANY).map(Quad::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }
}
