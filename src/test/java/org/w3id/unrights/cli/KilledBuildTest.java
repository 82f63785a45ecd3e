package org.w3id.unrights.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.publish.Publisher;

/**
 * {@code serve} killed with SIGKILL at a moment of its first start — while it builds the store (the line after the
 * load), or between two dumps — then started again, comes up with the whole graph and writes every dump byte for
 * byte as an uninterrupted build does.
 */
class KilledBuildTest {
    @TempDir
    static Path dir;

    static Path reference;

    /** An uninterrupted build of the same data, with its dumps. */
    @BeforeAll
    static void buildUninterrupted() {
        try (Publication whole = publisher().inStore(dir.resolve("uninterrupted")).orElseThrow()) {
            reference = whole.dumps().awaitWritten().dir();
        }
    }

    private static Publisher publisher() {
        return Publisher.of(new GraphBuilder(Fixtures.curatedData(), Fixtures.ONTOLOGY), Progress.silent());
    }

    @ParameterizedTest(name = "killed when it prints \"{0}\"")
    @ValueSource(strings = {"load:", "dumps: wrote"})
    void aServerKilledDuringItsFirstStartComesUpWholeAtTheNext(String line) throws Exception {
        Path stores = dir.resolve("killed-at-" + line.replaceAll("\\W", ""));
        Process first = serve(stores);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String printed = lines.readLine();
            while (printed != null && !printed.startsWith(line)) {
                printed = lines.readLine();
            }
            assertTrue(printed != null, "the first start printed no line starting " + line);
            first.destroyForcibly();
        }
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));

        Process second = serving(stores).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path dumps = awaitDumps(stores, second);
            for (Dump dump : Dump.values()) {
                assertArrayEquals(Files.readAllBytes(reference.resolve(dump.fileName())), Files.readAllBytes(dumps.resolve(dump.fileName())),
                        dump.fileName() + " as an uninterrupted build writes it");
            }
        } finally {
            second.destroy();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
        }
        try (Publication reopened = publisher().inStore(stores).orElseThrow();
             Publication whole = publisher().inStore(dir.resolve("uninterrupted")).orElseThrow()) {
            assertFalse(reopened.built(), "the second start left a whole store");
            Txn.executeRead(reopened.graph().dataset(), () -> Txn.executeRead(whole.graph().dataset(), () ->
                    assertTrue(IsoMatcher.isomorphic(whole.graph().dataset(), reopened.graph().dataset()), "the whole graph")));
        }
    }

    private static Process serve(Path stores) throws IOException {
        return serving(stores).start();
    }

    private static ProcessBuilder serving(Path stores) {
        return new ProcessBuilder(MainProcess.command(List.of(),
                "serve", "--data", Fixtures.curatedData().toString(), "--store", stores.toString(), "--port", "0"))
                .redirectErrorStream(true);
    }

    /** The dumps folder of the one store in {@code stores}, once its description, written last, is there. */
    private static Path awaitDumps(Path stores, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the second start stopped");
            if (!Files.isDirectory(stores)) {
                Thread.sleep(100);
                continue;
            }
            try (Stream<Path> entries = Files.list(stores)) {
                var done = entries.filter(p -> p.getFileName().toString().matches("[0-9a-f]{16}"))
                        .map(p -> p.resolve("dumps")).filter(d -> Files.isRegularFile(d.resolve(Dump.VOID.fileName()))).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the second start wrote no dumps within two minutes");
    }
}
