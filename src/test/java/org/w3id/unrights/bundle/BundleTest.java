package org.w3id.unrights.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Validation;

/**
 * The defaults packaged for the jar are the repository's folders, byte for byte (no resource filtering, no
 * file left out, compressed data sets included), and build the same valid graph.
 */
class BundleTest {
    @Test
    void everyFileOfDataOntologyAndQueriesIsPackagedUnchanged() throws IOException {
        Map<String, byte[]> repository = new TreeMap<>();
        for (String folder : List.of(Bundle.DATA, Bundle.ONTOLOGY, Bundle.QUERIES)) {
            Path root = Path.of(folder);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    repository.put(folder + "/" + root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"),
                            Files.readAllBytes(file));
                }
            }
        }
        Map<String, byte[]> packaged = new LinkedHashMap<>();
        Bundle.files().forEach(f -> packaged.put(f.name(), f.bytes()));

        assertEquals(List.copyOf(repository.keySet()), List.copyOf(packaged.keySet()), "packaged files differ from the repository's");
        repository.forEach((name, bytes) -> assertArrayEquals(bytes, packaged.get(name), name));
    }

    /** Inside a jar the folders are zip paths: a broken file there is still named with its line. */
    @Test
    void aBrokenFileInAZipIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        URI zip = URI.create("jar:" + dir.resolve("data.zip").toUri());
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Path data = fs.getPath("/data");
            try (Stream<Path> files = Files.walk(Fixtures.MINIMAL)) {
                for (Path file : files.toList()) {
                    Path to = data.resolve(Fixtures.MINIMAL.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            Path states = data.resolve("reference/states.yaml");
            List<String> lines = Files.readAllLines(states);
            int line = lines.indexOf(lines.stream().filter(l -> l.contains("m49: \"392\"")).findFirst().orElseThrow()) + 1;
            Files.writeString(states, String.join("\n", lines).replace("m49: \"392\"", "m49: [392"));

            DataException e = assertThrows(DataException.class, () -> new GraphBuilder(data, Bundle.ontology()).build());

            assertTrue(e.getMessage().contains("/data/reference/states.yaml:" + line + ": field 'm49': not valid YAML"), e.getMessage());
        }
    }

    /** The curated part: the packaged data set's files are compared byte for byte above, and built in full by ShadedJarIT. */
    @Test
    void thePackagedDefaultsBuildAValidGraph() {
        RightsGraph graph = new GraphBuilder(Bundle.data(), Bundle.ontology()).curated();
        assertEquals(List.of(), Validation.check(graph));
    }
}
