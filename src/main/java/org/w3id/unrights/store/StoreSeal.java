package org.w3id.unrights.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a store's database, text index and vote matrix were when their build finished: each file's size and time of last
 * change (to the millisecond), in {@value #FILE} beside them. Checked when the store is opened again, so that a
 * store damaged since (bytes overwritten, zeros, a file or the index deleted) is found before it is served, not
 * answered from. Nothing is read but the files' attributes, as version control tells a changed file: any
 * change made through the file system moves the time, and a store is never written once built (serving leaves
 * every sealed file's time as it was). Reading the files for a checksum would make each start read the whole
 * store (15 GB at ten times the roll calls) and each build read it once more. A file whose time moved with its
 * bytes unchanged (a copy without its times) counts as changed: the store is built again. A disk that flips bits
 * under an unchanged time is left to the file system's own checks. Files a database or index writes while open
 * (its locks, the journal) are not sealed; files added since are not looked at.
 */
final class StoreSeal {
    static final String FILE = "seal.properties";

    private StoreSeal() {}

    /** Records the files of the database, the text index and the vote matrix of the store (or build) in {@code dir}. */
    static void write(Path dir) {
        Properties sealed = new Properties();
        files(dir).forEach((name, attributes) -> sealed.setProperty(name, attributes));
        try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            sealed.store(out, "size and time of last change (ms) of each file of the database and text index, as built");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    /** What differs from the seal in the store in {@code dir}, or empty when every sealed file is as it was. */
    static Optional<String> check(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.of("it has no " + FILE);
        }
        Properties sealed = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            sealed.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(FILE + " cannot be read");
        }
        Map<String, String> now = files(dir);
        List<String> faults = new ArrayList<>();
        for (String name : new TreeMap<>(Map.copyOf(toMap(sealed))).keySet()) {
            String was = sealed.getProperty(name);
            String is = now.get(name);
            if (is == null) {
                faults.add(name + " is missing");
            } else if (!is.equals(was)) {
                faults.add(name + " has changed");
            }
        }
        if (faults.isEmpty()) {
            return Optional.empty();
        }
        String some = String.join(", ", faults.subList(0, Math.min(3, faults.size())));
        return Optional.of(some + (faults.size() > 3 ? " and " + (faults.size() - 3) + " more" : ""));
    }

    private static Map<String, String> toMap(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(n -> map.put(n, properties.getProperty(n)));
        return map;
    }

    /** Each sealed file of the store in {@code dir}, by its path relative to it: "size time". */
    private static Map<String, String> files(Path dir) {
        Map<String, String> files = new TreeMap<>();
        for (String part : List.of(Tdb2Store.DATABASE, Tdb2Store.TEXT, Tdb2Store.VOTES)) {
            Path root = dir.resolve(part);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.filter(Files::isRegularFile).filter(p -> !variesWhileOpen(p)).toList()) {
                    files.put(dir.relativize(path).toString().replace('\\', '/'),
                            Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + root, e);
            }
        }
        return files;
    }

    /** Locks and the journal, which an open database or index writes without its data changing. */
    private static boolean variesWhileOpen(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".lock") || name.endsWith(".jrnl");
    }
}
