package org.w3id.unrights.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.store.Tdb2Store;

/**
 * A store damaged after its build — bytes overwritten in an index, zeros in the node table, the text index
 * deleted — is found when it is opened again, said, and built again, so that it is never answered from; an
 * undamaged store is reused as before.
 */
class StoreDamageTest {
    private static final String FACTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

    @TempDir
    Path dir;

    final StringWriter progress = new StringWriter();

    private Publication open(Path root) {
        return Publisher.of(new GraphBuilder(Fixtures.MINIMAL, Fixtures.ONTOLOGY), new Progress(new PrintWriter(progress, true), false))
                .inStore(root).orElseThrow();
    }

    /** Builds the store, closes it, and returns its folder and what it answered. */
    private String[] built(Path root) {
        Publication first = open(root);
        assertTrue(first.built());
        String[] store = {first.storeDir().orElseThrow().toString(), new QueryRunner(first.graph()).selectAsCsv(FACTS)};
        first.close();
        progress.getBuffer().setLength(0);
        return store;
    }

    private void assertRebuiltAndSaid(Path root, String answer, String said) {
        Publication again = open(root);
        try {
            assertTrue(again.built(), "built again: " + progress);
            assertTrue(progress.toString().contains("is not as it was built (" + said), progress::toString);
            assertEquals(answer, new QueryRunner(again.graph()).selectAsCsv(FACTS));
        } finally {
            again.close();
        }
        progress.getBuffer().setLength(0);
        Publication third = open(root);
        assertFalse(third.built(), "the rebuilt store is reused");
        third.close();
    }

    @Test
    void randomBytesInAnIndexAreFoundAndTheStoreBuiltAgain() throws IOException {
        Path root = dir.resolve("stores");
        String[] store = built(root);
        Path gspo = file(Path.of(store[0]), "GSPO.dat");
        overwrite(gspo, randomBytes(64), 0);
        assertRebuiltAndSaid(root, store[1], Path.of(store[0]).relativize(gspo).toString() + " has changed");
    }

    @Test
    void zerosInTheNodeTableAreFoundAndTheStoreBuiltAgain() throws IOException {
        Path root = dir.resolve("stores");
        String[] store = built(root);
        Path nodes = file(Path.of(store[0]), "nodes.dat");
        overwrite(nodes, new byte[256], 0);
        assertRebuiltAndSaid(root, store[1], Path.of(store[0]).relativize(nodes).toString() + " has changed");
    }

    @Test
    void aDeletedTextIndexIsFoundAndTheStoreBuiltAgain() throws IOException {
        Path root = dir.resolve("stores");
        String[] store = built(root);
        try (Stream<Path> walk = Files.walk(Path.of(store[0]).resolve(Tdb2Store.TEXT))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertRebuiltAndSaid(root, store[1], "text/");
    }

    @Test
    void anUndamagedStoreIsReusedWithoutReadingTheDataAgain() {
        Path root = dir.resolve("stores");
        built(root);
        Publication again = open(root);
        assertFalse(again.built());
        assertEquals("", progress.toString());
        again.close();
    }

    @Test
    void bytesChangedUnderATimeSetBackAreFound() throws IOException {
        Path root = dir.resolve("stores");
        String[] store = built(root);
        Path nodes = file(Path.of(store[0]), "nodes.dat");
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(nodes);
        overwrite(nodes, new byte[256], 0);
        // A time set back by a second still differs from the sealed one, which is to the millisecond.
        Files.setLastModifiedTime(nodes, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() - 1000));
        assertRebuiltAndSaid(root, store[1], Path.of(store[0]).relativize(nodes).toString() + " has changed");
    }

    private static Path file(Path store, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(store.resolve(Tdb2Store.DATABASE))) {
            return walk.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(21).nextBytes(bytes);
        return bytes;
    }

    private static void overwrite(Path file, byte[] bytes, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            f.write(bytes);
        }
    }
}
