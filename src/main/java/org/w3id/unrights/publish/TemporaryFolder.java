package org.w3id.unrights.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders that live as long as the JVM: a publication in memory keeps its dumps in one, and tests their copies of data. */
public final class TemporaryFolder {
    private TemporaryFolder() {}

    /** A new folder in the system's temporary folder, named from {@code prefix}, removed with everything in it when the JVM exits. */
    public static Path removedAtExit(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    private static void remove(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Leaving a temporary folder behind is harmless.
        }
    }
}
