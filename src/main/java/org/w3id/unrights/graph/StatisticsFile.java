package org.w3id.unrights.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@link Statistics} kept beside a store: counted once by the build, read by every later start, so that no
 * start counts a large graph (and no count runs under the query timeout).
 */
public final class StatisticsFile {
    private static final String CLASS = "class.";
    private static final String KIND = "kind.";
    private static final String GRAPH = "graph.";
    /** {@code link.{kind}.{concept IRI}}: a kind has no dot ({@code Ids.kindOf}). */
    private static final String LINK = "link.";

    private StatisticsFile() {}

    public static void write(Statistics stats, Path file) {
        Properties p = new Properties();
        p.setProperty("triples", Long.toString(stats.triples()));
        p.setProperty("subjects", Long.toString(stats.subjects()));
        p.setProperty("properties", Long.toString(stats.properties()));
        p.setProperty("classes", Long.toString(stats.classes()));
        p.setProperty("entities", Long.toString(stats.entities()));
        p.setProperty("factNodes", Long.toString(stats.factNodes()));
        p.setProperty("factNodesWithProvenance", Long.toString(stats.factNodesWithProvenance()));
        stats.instancesPerClass().forEach((k, v) -> p.setProperty(CLASS + k, Long.toString(v)));
        stats.instancesOfKind().forEach((k, v) -> p.setProperty(KIND + k, Long.toString(v)));
        stats.triplesPerGraph().forEach((k, v) -> p.setProperty(GRAPH + k, Long.toString(v)));
        stats.linksToConcepts().forEach((concept, byKind) ->
                byKind.forEach((kind, n) -> p.setProperty(LINK + kind + "." + concept, Long.toString(n))));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Statistics of the graph in this store, counted when it was built");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static Statistics read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Statistics(number(p, "triples"), number(p, "subjects"), number(p, "properties"), number(p, "classes"),
                number(p, "entities"), map(p, CLASS), map(p, KIND), map(p, GRAPH),
                number(p, "factNodes"), number(p, "factNodesWithProvenance"), links(p));
    }

    private static Map<String, Map<String, Long>> links(Properties p) {
        Map<String, Map<String, Long>> links = new TreeMap<>();
        map(p, LINK).forEach((key, n) -> {
            int dot = key.indexOf('.');
            links.computeIfAbsent(key.substring(dot + 1), c -> new TreeMap<>()).put(key.substring(0, dot), n);
        });
        return links;
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "0"));
    }

    /** The entries under a prefix, in key order (the order the counting queries give them). */
    private static Map<String, Long> map(Properties p, String prefix) {
        Map<String, Long> map = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> map.put(k.substring(prefix.length()), Long.parseLong(p.getProperty(k))));
        return new java.util.LinkedHashMap<>(map);
    }
}
