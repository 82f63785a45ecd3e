package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.unrights.ExternalTools;

/**
 * The JavaScript examples of docs/QUERYING.md, run as written with Node.js and Comunica (installed from
 * {@code src/test/js/package.json} by {@code npm ci --prefix src/test/js}) against a live server.
 */
class JavaScriptClientsIT extends ServingShippedGraph {
    static final Path CLIENTS = Path.of("src/test/js");

    @Test
    void comunicaExamplesOfTheDocsRun() throws IOException {
        ExternalTools.require(ExternalTools.onPath("node")
                        && Files.isDirectory(CLIENTS.resolve("node_modules/@comunica/query-sparql")),
                "Node.js with Comunica (npm ci --prefix src/test/js)");
        List<String> examples = DocExamples.codeBlocks("javascript");
        assertTrue(examples.size() >= 2, "QUERYING.md has Comunica examples for the endpoint and for a resource");
        for (String example : examples) {
            // An ES module given on the command line resolves its imports from the working directory.
            ExternalTools.Result result = ExternalTools.run(
                    List.of("node", "--input-type=module", "-e", example.replace(DocExamples.DOCS_BASE, http.base())), CLIENTS, 180);
            assertEquals(0, result.exitCode(), example + "\n---\n" + result.output());
            assertTrue(result.output().contains("https://w3id.org/un-rights/"), "unexpected output of\n" + example + "\n---\n" + result.output());
        }
    }
}
