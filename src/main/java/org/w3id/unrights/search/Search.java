package org.w3id.unrights.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * What a person typed, answered from the {@link SearchIndex}: the resources where every word matches, as a whole
 * word or as the start of one, in a name (weighed most) or a summary, and after them those where some word does; a word with slashes or dots (a UN symbol) matches as
 * its parts in order. A UN symbol typed exactly finds its document or resolution first. One hit per
 * resource, best first. Call inside a read transaction of the dataset.
 */
public final class Search {
    /** Hits asked of the index; more than a page shows, fewer than would cost. */
    static final int INDEX_HITS = 500;
    /** Longest query text accepted, in characters. */
    public static final int LONGEST = 200;
    private static final float EXACT = 1000f;
    /** Kinds whose keys are UN symbols. */
    private static final List<String> SYMBOL_KINDS = List.of("resolution", "document");

    private final TextIndex index;
    private final DatasetGraph dataset;
    private final Priors priors;

    /** A search whose resources' {@link Priors} are counted afresh. */
    public Search(TextIndex index, DatasetGraph dataset) {
        this(index, dataset, new Priors(dataset));
    }

    /** @param priors the resources' priors, kept across searches of the same {@code dataset} */
    public Search(TextIndex index, DatasetGraph dataset, Priors priors) {
        this.index = index;
        this.dataset = dataset;
        this.priors = priors;
    }

    /**
     * One resource found: its kind (the {@code {kind}} of {@code id/{kind}/{key}}, or "concept"), its score,
     * and the text that matched best.
     */
    public record Hit(Node resource, String kind, float score, String matched) {}

    /** The resources matching {@code typed}, best first; empty for text with no word in it. */
    public List<Hit> find(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > LONGEST) {
            return List.of();
        }
        Map<Node, Hit> best = new LinkedHashMap<>();
        exact(text).forEach(node -> best.put(node, new Hit(node, kind(node), EXACT, text)));
        List<Hit> ranked = new ArrayList<>(best.values());
        // Resources that match every word first, then those that match some: each tier best first. With one word,
        // "some" is "every": its query would find the same resources again.
        List<Boolean> tiers = clauses(text, true).size() > 1 ? List.of(true, false) : List.of(true);
        for (boolean every : tiers) {
            Map<Node, Hit> tier = new LinkedHashMap<>();
            for (TextHit hit : hits(luceneQuery(text, every))) {
                Node node = hit.getNode();
                if (best.containsKey(node)) {
                    continue;
                }
                String matched = hit.getLiteral() == null ? "" : hit.getLiteral().getLiteralLexicalForm();
                tier.merge(node, new Hit(node, kind(node), hit.getScore() * priors.of(node), matched), (a, b) -> a.score() >= b.score() ? a : b);
            }
            List<Hit> sorted = new ArrayList<>(tier.values());
            sorted.sort(Comparator.comparing(Hit::score).reversed().thenComparing(h -> h.resource().getURI()));
            sorted.forEach(h -> best.put(h.resource(), h));
            ranked.addAll(sorted);
        }
        return ranked;
    }

    private List<TextHit> hits(String query) {
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            return index.query((Node) null, query, null, null, INDEX_HITS);
        } catch (TextIndexException e) {
            return List.of();
        }
    }

    /** Documents and resolutions whose UN symbol, or key, is the text as typed (or in capitals). */
    private List<Node> exact(String text) {
        List<Node> found = new ArrayList<>();
        for (String form : List.of(text, text.toUpperCase(Locale.ROOT))) {
            dataset.find(Node.ANY, Node.ANY, Unr.symbol, NodeFactory.createLiteralString(form))
                    .forEachRemaining(q -> add(found, q.getSubject()));
            for (String kind : SYMBOL_KINDS) {
                Node id = Ids.id(kind, form);
                if (dataset.contains(Node.ANY, id, Node.ANY, Node.ANY)) {
                    add(found, id);
                }
            }
        }
        return found;
    }

    private static void add(List<Node> found, Node node) {
        if (node.isURI() && !found.contains(node)) {
            found.add(node);
        }
    }

    /**
     * The Lucene query for what was typed: each word required, in either field; a plain word also as a prefix
     * (two letters at least, so that "a" does not match every word beginning with it); a word with other
     * characters as the phrase of its parts. Everything typed is escaped: no Lucene syntax reaches the parser.
     */
    static String luceneQuery(String text) {
        return luceneQuery(text, true);
    }

    /** The same, with each word required ({@code every}) or any of them enough. */
    static String luceneQuery(String text, boolean every) {
        return String.join(" ", clauses(text, every));
    }

    /** A clause for each word typed that has a letter or a digit. */
    private static List<String> clauses(String text, boolean every) {
        List<String> clauses = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            String letters = word.replaceAll("[^\\p{L}\\p{N}]", "");
            if (letters.isEmpty()) {
                continue;
            }
            String escaped = QueryParser.escape(word);
            String clause;
            if (letters.equals(word)) {
                clause = field(SearchIndex.NAME, escaped) + "^4 " + field(SearchIndex.TEXT, escaped)
                        + (word.length() >= 2 ? " " + SearchIndex.NAME + ":" + escaped + "*^2 " + SearchIndex.TEXT + ":" + escaped + "*" : "");
            } else {
                String phrase = "\"" + escaped + "\"";
                clause = field(SearchIndex.NAME, phrase) + "^4 " + field(SearchIndex.TEXT, phrase);
            }
            clauses.add((every ? "+(" : "(") + clause + ")");
        }
        return clauses;
    }

    private static String field(String field, String term) {
        return field + ":" + term;
    }

    /** {@code state} for {@code id/state/prk}, {@code concept} for a SKOS concept, else empty ({@link Ids#kindOf}'s "other"). */
    public static String kind(Node node) {
        String kind = Ids.kindOf(node);
        return kind.equals("other") ? "" : kind;
    }
}
