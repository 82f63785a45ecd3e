package org.w3id.unrights.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * A searchable title for each vote and resolution, made of what it is rather than what a source said of it:
 * the word "vote" or "resolution", the body, the year, the resolution's symbol and title, and every name of the
 * states it concerns. A vote has no name of its own, and a resolution's title rarely says "DPRK": these titles
 * let the words people type about them ("DPRK votes", "North Korea resolution 2014") meet in one place. Call
 * inside a read transaction.
 */
final class RecordTitles {
    private final DatasetGraph dataset;

    private RecordTitles(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    static Map<Node, String> of(DatasetGraph dataset) {
        RecordTitles titles = new RecordTitles(dataset);
        Map<Node, String> found = new LinkedHashMap<>();
        titles.subjects(Unr.Resolution).forEach(r -> found.put(r, titles.resolution(r)));
        titles.subjects(Unr.Vote).forEach(v -> found.put(v, titles.vote(v)));
        return found;
    }

    private String vote(Node vote) {
        List<String> parts = new ArrayList<>(List.of("Vote"));
        objects(vote, Unr.inBody).forEach(body -> parts.add("of the " + first(body, Std.rdfsLabel)));
        parts.addAll(years(vote));
        for (Node resolution : objects(vote, Unr.onResolution)) {
            parts.add("on " + String.join(" ", texts(resolution, Unr.symbol)) + " " + String.join(" ", texts(resolution, Std.dctTitle)));
            parts.addAll(stateNames(resolution));
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }

    private String resolution(Node resolution) {
        List<String> parts = new ArrayList<>(List.of("Resolution"));
        parts.addAll(texts(resolution, Unr.symbol));
        parts.addAll(texts(resolution, Std.dctTitle));
        objects(resolution, Unr.inBody).forEach(body -> parts.add("of the " + first(body, Std.rdfsLabel)));
        parts.addAll(years(resolution));
        // and the years it was voted on, which a draft without a date of its own has only through its votes
        dataset.find(Node.ANY, Node.ANY, Unr.onResolution, resolution).forEachRemaining(q -> parts.addAll(years(q.getSubject())));
        parts.addAll(stateNames(resolution));
        return String.join(" ", new LinkedHashSet<>(parts)).replaceAll("\\s+", " ").strip();
    }

    /** "on" and every name (label and other names) of each state the text concerns. */
    private List<String> stateNames(Node resolution) {
        List<String> names = new ArrayList<>();
        for (Node state : objects(resolution, Unr.concerns)) {
            names.add("concerning");
            names.addAll(texts(state, Std.rdfsLabel));
            names.addAll(texts(state, Std.skosAltLabel));
        }
        return names;
    }

    private List<String> years(Node node) {
        return texts(node, Unr.date).stream().map(d -> d.length() >= 4 ? d.substring(0, 4) : d).distinct().toList();
    }

    private Set<Node> subjects(Node type) {
        Set<Node> found = new LinkedHashSet<>();
        dataset.find(Node.ANY, Node.ANY, Std.rdfType, type).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                found.add(q.getSubject());
            }
        });
        return found;
    }

    private List<Node> objects(Node subject, Node predicate) {
        Set<Node> found = new LinkedHashSet<>();
        dataset.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
        return new ArrayList<>(found);
    }

    private List<String> texts(Node subject, Node predicate) {
        return objects(subject, predicate).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).distinct().toList();
    }

    private String first(Node subject, Node predicate) {
        List<String> texts = texts(subject, predicate);
        return texts.isEmpty() ? "" : texts.get(0);
    }
}
