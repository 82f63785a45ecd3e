package org.w3id.unrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.publish.Publisher;
import org.w3id.unrights.query.QueryRunner;

/** {@code serve} on a store: nothing is lost when it cannot start, and a store in use is said so in one line. */
class ServeStoreTest extends CommandTesting {
    private static final String EVERY_QUAD = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o";

    @TempDir
    Path dir;

    @Test
    void aFailedStartOnATakenPortLeavesTheStoreAnsweringTheSameQueries() throws IOException {
        Path stores = dir.resolve("stores");
        assertEquals(0, run("validate", "--data", Fixtures.MINIMAL.toString(), "--store", stores.toString()), err::toString);
        String before = everyQuad(stores);
        Path changed = Fixtures.copy(Fixtures.MINIMAL, dir.resolve("changed"));
        Path source = changed.resolve("sources/fixture-source.yaml");
        Files.writeString(source, Files.readString(source).replace("title: A fixture article", "title: A changed article"));

        try (ServerSocket taken = new ServerSocket(0)) {
            String port = Integer.toString(taken.getLocalPort());
            // The same data (store reused) and new data (a new store built beside the old): neither may start.
            for (Path data : List.of(Fixtures.MINIMAL, changed)) {
                assertEquals(ServeCommand.CANNOT_LISTEN, run("serve", "--data", data.toString(), "--store", stores.toString(),
                        "--port", port, "--queries", Fixtures.FIXTURE_QUERIES.toString()), err::toString);
            }
        }
        assertTrue(err.toString().contains("cannot listen on port"), err::toString);
        assertFalse(err.toString().contains("Exception"), err::toString);
        assertEquals(before, everyQuad(stores), "the store answers exactly as before the failed starts");
    }

    @Test
    void aSecondServeOnAStoreInUseGetsOneLineAndAnExitCode() throws Exception {
        Path stores = dir.resolve("stores");
        Process first = new ProcessBuilder(MainProcess.command(List.of(), "serve", "--data", Fixtures.MINIMAL.toString(), "--store", stores.toString(), "--port", "0",
                "--queries", Fixtures.FIXTURE_QUERIES.toString()))
                .redirectErrorStream(true).start();
        try {
            ServingLine.await(first);
            int code = run("serve", "--data", Fixtures.MINIMAL.toString(), "--store", stores.toString(), "--port", "0",
                    "--queries", Fixtures.FIXTURE_QUERIES.toString());
            assertEquals(ErrorReporter.STORE_IN_USE, code, err::toString);
            assertEquals(1, err.toString().strip().lines().count(), err::toString);
            assertTrue(err.toString().contains("in use by another process"), err::toString);
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Every quad of the store built from the fixture, opened as the next start would open it, never rebuilt. */
    private static String everyQuad(Path stores) {
        try (Publication stored = Publisher.of(new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY), Progress.silent())
                .inStore(stores).orElseThrow()) {
            assertFalse(stored.built(), "the store must be reused, not rebuilt");
            return new QueryRunner(stored.graph()).selectAsCsv(EVERY_QUAD);
        }
    }
}
