package org.w3id.unrights.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The graph's text index: Jena's own (jena-text over Lucene), the one {@code text:query} uses in SPARQL and
 * the search page reads. It holds only what a person searches for, one Lucene document per distinct
 * (resource, property, text): in the field {@value #NAME} the names (other names too), labels, titles and UN
 * symbols; in
 * {@value #TEXT} the summaries and quoted words; and for each vote and resolution, a title made of what it is
 * ({@link RecordTitles}), so that "DPRK votes" finds the votes on texts about the DPRK. Only the project's own resources ({@code id/} and
 * {@code vocab/}) are indexed, never the ontology's terms, and never a ballot: a roll call has a ballot per
 * state per vote, and each is found through its vote.
 * <p>
 * Built once with the store (on disk, beside the database, {@link TwoPart}) or at start-up for a graph in memory; never
 * updated after, since the graph is read-only.
 */
public final class SearchIndex {
    /** The Lucene field of the subject's IRI. */
    static final String IRI = "iri";
    /** The Lucene field of the literal's language tag, so that hits give back the literal as it was. */
    static final String LANG = "lang";
    /** Names, labels, titles and symbols: the primary field, which {@code text:query "words"} searches. */
    public static final String NAME = "name";
    /** Summaries and quotations: {@code text:query (unr:summary "words")} searches it. */
    public static final String TEXT = "text";

    private static final Map<Node, String> FIELDS = Map.of(
            Std.rdfsLabel, NAME, Std.skosPrefLabel, NAME, Std.skosAltLabel, NAME, Std.foafName, NAME, Std.dctTitle, NAME, Unr.symbol, NAME,
            Unr.summary, TEXT, Unr.quotation, TEXT);

    private SearchIndex() {}

    /** Builds the index of {@code dataset} in memory (for {@code serve --memory} and the tests). */
    public static TextIndex inMemory(DatasetGraph dataset) {
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config());
        fill(dataset, index);
        return index;
    }

    /** Opens an index built earlier in {@code dir}. */
    public static TextIndex open(Path dir) {
        try {
            Directory directory = FSDirectory.open(dir);
            return TextDatasetFactory.createLuceneIndex(directory, config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir, e);
        }
    }

    /** The fields and what fills them; the analyzer folds case and accents for indexing and queries alike. */
    static TextIndexConfig config() {
        EntityDefinition fields = new EntityDefinition(IRI, NAME, Std.rdfsLabel);
        FIELDS.forEach((property, field) -> {
            if (!property.equals(Std.rdfsLabel)) {
                fields.set(field, property);
            }
        });
        fields.setLangField(LANG);
        TextIndexConfig config = new TextIndexConfig(fields);
        config.setAnalyzer(new FoldingAnalyzer());
        config.setQueryAnalyzer(new FoldingAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** The properties whose text is indexed, each with its field. */
    public static Map<Node, String> fields() {
        return FIELDS;
    }

    private static void fill(DatasetGraph dataset, TextIndex index) {
        Txn.executeRead(dataset, () -> {
            addFields(dataset, Node.ANY, q -> true, index);
            addTitles(dataset, index);
        });
        index.commit();
    }

    /**
     * An index on disk built in two parts, so that most of its cost runs beside a store's load rather than after
     * it: {@link #begin} indexes the curated graphs (in memory, checked, waiting for the load) and with them
     * loads and warms the indexer itself (some 2 s cold, for 0.8 s of work on the roll calls); {@link #complete}
     * adds the data sets' names and texts and every record's title from the loaded store. The same documents as
     * {@link #inMemory} makes of the whole, in another order.
     */
    public static final class TwoPart {
        private final TextIndex index;
        private final DatasetGraph curated;

        private TwoPart(TextIndex index, DatasetGraph curated) {
            this.index = index;
            this.curated = curated;
        }

        /** Opens the index in {@code dir} and indexes the names and texts of {@code curated}. */
        public static TwoPart begin(DatasetGraph curated, Path dir) {
            TextIndex index = open(dir);
            Txn.executeRead(curated, () -> addFields(curated, Node.ANY, q -> true, index));
            return new TwoPart(index, curated);
        }

        /**
         * Adds what {@code whole} (the loaded store: the curated graphs and {@code dataSetGraphs}) holds beyond the
         * curated graphs, and commits; returns the index, open.
         */
        public TextIndex complete(DatasetGraph whole, List<Node> dataSetGraphs) {
            Txn.executeRead(curated, () -> Txn.executeRead(whole, () -> {
                org.apache.jena.graph.Graph curatedUnion = curated.getUnionGraph();
                for (Node g : dataSetGraphs) {
                    addFields(whole, g, q -> !curatedUnion.contains(q.asTriple()), index);
                }
                addTitles(whole, index);
            }));
            index.commit();
            return index;
        }

        /** Closes the index unfinished (a build that failed). */
        public void abandon() {
            index.close();
        }
    }

    /** The names and texts in graph {@code g} (or every graph) of {@code dataset} that {@code also} keeps, each (subject, property, text) once. */
    private static void addFields(DatasetGraph dataset, Node g, java.util.function.Predicate<Quad> also, TextIndex index) {
        Set<List<Node>> seen = new HashSet<>();
        for (Map.Entry<Node, String> field : FIELDS.entrySet()) {
            dataset.stream(g, Node.ANY, field.getKey(), Node.ANY)
                    .filter(q -> indexed(q, dataset))
                    .filter(also)
                    .filter(q -> seen.add(List.of(q.getSubject(), q.getPredicate(), q.getObject())))
                    .forEach(q -> index.addEntity(entity(q, field.getValue())));
        }
    }

    /** Each vote's and resolution's title ({@link RecordTitles}). */
    private static void addTitles(DatasetGraph dataset, TextIndex index) {
        RecordTitles.of(dataset).forEach((node, title) -> {
            Entity entity = new Entity(node.getURI(), null, "en", null);
            entity.put(NAME, title);
            index.addEntity(entity);
        });
    }

    private static boolean indexed(Quad quad, DatasetGraph dataset) {
        Node subject = quad.getSubject();
        return subject.isURI() && quad.getObject().isLiteral()
                && (subject.getURI().startsWith(Ids.ID) || subject.getURI().startsWith(Ids.VOCAB))
                && !dataset.contains(Node.ANY, subject, Std.rdfType, Unr.Ballot);
    }

    private static Entity entity(Quad quad, String field) {
        String lang = quad.getObject().getLiteralLanguage();
        Entity entity = new Entity(quad.getSubject().getURI(), null, lang.isEmpty() ? null : lang, null);
        entity.put(field, quad.getObject().getLiteralLexicalForm());
        return entity;
    }
}
