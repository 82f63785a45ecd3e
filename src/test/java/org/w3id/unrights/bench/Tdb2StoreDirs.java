package org.w3id.unrights.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Finding and clearing the comparison's folders. */
final class Tdb2StoreDirs {
    private Tdb2StoreDirs() {}

    /** The dumps folder of the one store in a store folder. */
    static Path dumps(Path stores) throws IOException {
        try (Stream<Path> entries = Files.list(stores)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException("no store in " + stores))
                    .resolve("dumps");
        }
    }

    /** The bytes of every file under {@code dir}. */
    static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long total = 0;
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
