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
 * Built once with the store (on disk, beside the database) or at start-up for a graph in memory; never
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

    /** Builds the index of {@code dataset}'s named graphs into the folder {@code dir}, and opens it. */
    public static TextIndex build(DatasetGraph dataset, Path dir) {
        TextIndex index = open(dir);
        fill(dataset, index);
        return index;
    }

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
            Set<List<Node>> seen = new HashSet<>();
            for (Map.Entry<Node, String> field : FIELDS.entrySet()) {
                dataset.stream(Node.ANY, Node.ANY, field.getKey(), Node.ANY)
                        .filter(q -> indexed(q, dataset))
                        .filter(q -> seen.add(List.of(q.getSubject(), q.getPredicate(), q.getObject())))
                        .forEach(q -> index.addEntity(entity(q, field.getValue())));
            }
            RecordTitles.of(dataset).forEach((node, title) -> {
                Entity entity = new Entity(node.getURI(), null, "en", null);
                entity.put(NAME, title);
                index.addEntity(entity);
            });
        });
        index.commit();
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
