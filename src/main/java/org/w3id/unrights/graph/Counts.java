package org.w3id.unrights.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Unr;

/**
 * The figures the landing page shows: instances of each main class (subclasses included) and triples in all.
 * Counted once per build, never while serving: on a large graph they take longer than a query may, and the
 * data cannot change under a running server. A store keeps them in a file beside its database.
 */
public record Counts(Map<Node, Long> instances, long triples) {
    /** The classes counted, in the order the landing page lists them. */
    public static final List<Node> CLASSES = List.of(Unr.State, Unr.Body, Unr.Person, Unr.Mechanism, Unr.Resolution,
            Unr.Vote, Unr.Review, Unr.Statement, Unr.Position, Unr.Event, Unr.Source);

    private static final String INSTANCES = Prefixes.sparqlPrologue()
            + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a/rdfs:subClassOf* ?class }";
    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String TRIPLES_KEY = "triples";

    public Counts {
        instances = Collections.unmodifiableMap(new LinkedHashMap<>(instances));
    }

    /** Counts over the union of the graph's named graphs, as /sparql sees them (asserted triples only). */
    static Counts of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            var union = DatasetFactory.wrap(new UnionDefaultGraph(dataset));
            Map<Node, Long> instances = new LinkedHashMap<>();
            for (Node type : CLASSES) {
                ParameterizedSparqlString query = new ParameterizedSparqlString(INSTANCES);
                query.setIri("class", type.getURI());
                try (QueryExecution exec = QueryExecution.create(query.asQuery(), union)) {
                    instances.put(type, exec.execSelect().next().getLiteral("n").getLong());
                }
            }
            try (QueryExecution exec = QueryExecution.create(TRIPLES, union)) {
                return new Counts(instances, exec.execSelect().next().getLiteral("n").getLong());
            }
        });
    }

    void write(Path file) {
        Properties properties = new Properties();
        instances.forEach((type, n) -> properties.setProperty(type.getURI(), Long.toString(n)));
        properties.setProperty(TRIPLES_KEY, Long.toString(triples));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "Counts of the graph in this store, written when it was built");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static Counts read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<Node, Long> instances = new LinkedHashMap<>();
        for (Node type : CLASSES) {
            instances.put(type, Long.parseLong(properties.getProperty(type.getURI(), "0")));
        }
        return new Counts(instances, Long.parseLong(properties.getProperty(TRIPLES_KEY, "0")));
    }
}
