package org.w3id.unrights.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
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

    @Test
    void thePackagedDefaultsBuildAValidGraph() {
        RightsGraph graph = new GraphBuilder(Bundle.data(), Bundle.ontology()).build();
        assertEquals(List.of(), Validation.check(graph));
    }
}
