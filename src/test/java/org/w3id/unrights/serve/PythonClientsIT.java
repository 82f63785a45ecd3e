package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.ExternalTools;

/**
 * The server as data consumers meet it: Python's rdflib parses every dump and every negotiated format,
 * recomputes void.ttl's counts, and SPARQLWrapper queries /sparql ({@code src/test/python/check_clients.py});
 * and the Python and curl examples of docs/QUERYING.md run as written against it.
 */
class PythonClientsIT extends ServingShippedGraph {

    /** This class reads the dumps: they are written once, for every class that shares the publication. */
    @BeforeAll
    static void dumpsWritten() {
        publication.dumps().awaitWritten();
    }
    static final Path CHECKS = Path.of("src/test/python/check_clients.py");

    @TempDir
    Path dir;

    @Test
    void rdflibAndSparqlWrapperAgreeWithTheServer() {
        Optional<String> python = ExternalTools.python();
        ExternalTools.require(python.isPresent(), "python3 with rdflib and SPARQLWrapper");
        ExternalTools.Result result = ExternalTools.run(List.of(python.get(), CHECKS.toString(), http.base()), 300);
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains(" passed, 0 failed"), result.output());
    }

    @Test
    void pythonExamplesOfTheDocsRun() throws IOException {
        Optional<String> python = ExternalTools.python();
        ExternalTools.require(python.isPresent(), "python3 with rdflib and SPARQLWrapper");
        List<String> examples = DocExamples.codeBlocks("python");
        assertTrue(examples.size() >= 3, "QUERYING.md has Python examples");
        for (String example : examples) {
            Path script = Files.writeString(dir.resolve("example.py"), example.replace(DocExamples.DOCS_BASE, http.base()));
            ExternalTools.Result result = ExternalTools.run(List.of(python.get(), script.toString()), 120);
            assertEquals(0, result.exitCode(), example + "\n---\n" + result.output());
            assertTrue(!result.output().isBlank(), "prints nothing:\n" + example);
        }
    }

    @Test
    void curlExamplesOfTheDocsRun() throws IOException {
        ExternalTools.require(ExternalTools.onPath("curl"), "curl");
        List<String> examples = DocExamples.codeBlocks("bash");
        assertTrue(examples.size() >= 2, "QUERYING.md has curl examples");
        for (String example : examples) {
            Path script = Files.writeString(dir.resolve("example.sh"), "set -e\n" + example.replace(DocExamples.DOCS_BASE, http.base()));
            ExternalTools.Result result = ExternalTools.run(List.of("bash", script.toString()), 120);
            assertEquals(0, result.exitCode(), example + "\n---\n" + result.output());
            assertTrue(result.output().contains("https://w3id.org/un-rights/") || result.output().contains("void:triples"),
                    "unexpected output of\n" + example + "\n---\n" + result.output());
        }
    }
}
