package org.w3id.unrights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages form layers, and a package uses only those of lower layers: diagnostics, vocab and the
 * bundled defaults at the bottom, then the loaders and RDF writing, the graph, querying, export and the text index, the
 * ontology tooling and the TDB2 store (which writes the dumps when it is built), the pages' views, the server and the command line. A use from below (load naming graph, say) fails with the file and the package it names.
 */
class LayeringTest {
    static final Path SOURCES = Path.of("src/main/java/org/w3id/unrights");
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("diagnostics", 0), Map.entry("vocab", 0), Map.entry("bundle", 0),
            Map.entry("load", 1), Map.entry("rdf", 1), Map.entry("votes", 1),
            Map.entry("graph", 2),
            Map.entry("query", 3), Map.entry("export", 3), Map.entry("search", 3),
            Map.entry("ontology", 4), Map.entry("store", 4),
            Map.entry("publish", 5),
            Map.entry("site", 6),
            Map.entry("serve", 7),
            Map.entry("cli", 8));
    static final Pattern USE = Pattern.compile("org\\.w3id\\.unrights\\.([a-z]+)\\.");

    @Test
    void noPackageUsesOneAboveIt() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(own) && LAYER.getOrDefault(used, 99) >= LAYER.get(own)) {
                        upward.add(file + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertEquals(LAYER.keySet().stream().sorted().toList(),
                    dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
        }
    }
}
