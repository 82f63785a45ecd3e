package org.w3id.unrights.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    /**
     * The properties every record's title reads, each read whole once: a look-up per record and property was most
     * of the text index's time on a store of ten times the roll calls (124,000 records, a dozen look-ups each).
     */
    private static final List<Node> READ_WHOLE = List.of(Unr.inBody, Unr.date, Unr.onResolution, Unr.symbol, Std.dctTitle, Unr.concerns);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final DatasetGraph dataset;
    /** Per property of {@link #READ_WHOLE}: each subject's values, each once, in the order a look-up gives them. */
    private final Map<Node, Map<Node, Set<Node>>> readWhole = new HashMap<>();
    /** Per resolution, the votes on it (the subjects of {@code unr:onResolution}). */
    private final Map<Node, Set<Node>> votesOn = new HashMap<>();
    /** The values of the few other nodes titles name (bodies' and states' names), looked up once each. */
    private final Map<List<Node>, List<Node>> lookedUp = new HashMap<>();

    private RecordTitles(DatasetGraph dataset) {
        this.dataset = dataset;
        for (Node property : READ_WHOLE) {
            Map<Node, Set<Node>> values = new HashMap<>();
            dataset.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                values.computeIfAbsent(q.getSubject(), s -> new LinkedHashSet<>(2)).add(q.getObject());
                if (property.equals(Unr.onResolution)) {
                    votesOn.computeIfAbsent(q.getObject(), o -> new LinkedHashSet<>(2)).add(q.getSubject());
                }
            });
            readWhole.put(property, values);
        }
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
        return SPACES.matcher(String.join(" ", parts)).replaceAll(" ").strip();
    }

    private String resolution(Node resolution) {
        List<String> parts = new ArrayList<>(List.of("Resolution"));
        parts.addAll(texts(resolution, Unr.symbol));
        parts.addAll(texts(resolution, Std.dctTitle));
        objects(resolution, Unr.inBody).forEach(body -> parts.add("of the " + first(body, Std.rdfsLabel)));
        parts.addAll(years(resolution));
        // and the years it was voted on, which a draft without a date of its own has only through its votes
        votesOn.getOrDefault(resolution, Set.of()).forEach(vote -> parts.addAll(years(vote)));
        parts.addAll(stateNames(resolution));
        return SPACES.matcher(String.join(" ", new LinkedHashSet<>(parts))).replaceAll(" ").strip();
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
        Map<Node, Set<Node>> whole = readWhole.get(predicate);
        if (whole != null) {
            return List.copyOf(whole.getOrDefault(subject, Set.of()));
        }
        return lookedUp.computeIfAbsent(List.of(subject, predicate), k -> {
            Set<Node> found = new LinkedHashSet<>();
            dataset.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
            return List.copyOf(found);
        });
    }

    private List<String> texts(Node subject, Node predicate) {
        return objects(subject, predicate).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).distinct().toList();
    }

    private String first(Node subject, Node predicate) {
        List<String> texts = texts(subject, predicate);
        return texts.isEmpty() ? "" : texts.get(0);
    }
}
