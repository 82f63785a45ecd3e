package org.w3id.unrights.store;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.zip.CRC32C;

/**
 * What a store's database and text index were when their build finished: each file's size, CRC-32C and time
 * of last change, in {@value #FILE} beside them. Checked when the store is opened again, so that a store damaged
 * since (bytes overwritten, zeros, a file or the index deleted) is found before it is served, not answered from.
 * A file whose size and time of change are as sealed is taken as it was, unread, as version control takes a
 * file whose size and time stamp have not moved: reading every file would make each start read the whole store
 * (15 GB at ten times the roll calls), where a start should cost what opening it costs. A file whose time has moved
 * is read and its CRC-32C (computed by the processor's own instruction) decides. So any change made through the
 * file system is found; a disk that flips bits under an unchanged time stamp is left to the file system's own
 * checks. Files a database or index writes while open (its locks, the journal) are not sealed; files added
 * since are not looked at.
 */
final class StoreSeal {
    static final String FILE = "checksums.properties";

    private StoreSeal() {}

    /** Records the files of the database and the text index of the store (or build) in {@code dir}. */
    static void write(Path dir) {
        Properties sealed = new Properties();
        files(dir).forEach((name, file) -> sealed.setProperty(name, file.size + " " + file.crc() + " " + file.modified));
        try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            sealed.store(out, "size, CRC-32C and time of last change (ms) of each file of the database and text index, as built");
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
        Map<String, SealedFile> now = files(dir);
        List<String> faults = new ArrayList<>();
        for (String name : new TreeMap<>(Map.copyOf(toMap(sealed))).keySet()) {
            String[] was = sealed.getProperty(name).split(" ");
            SealedFile is = now.get(name);
            if (is == null) {
                faults.add(name + " is missing");
            } else if (was.length < 2 || !was[0].equals(Long.toString(is.size))
                    || !(was.length > 2 && was[2].equals(Long.toString(is.modified))) && !was[1].equals(is.crc())) {
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

    /** A file of the store: its size and time of last change, and its CRC-32C, read only when asked for. */
    private record SealedFile(Path path, long size, long modified) {
        String crc() {
            try {
                return StoreSeal.crc(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    /** Each sealed file of the store in {@code dir}, by its path relative to it. */
    private static Map<String, SealedFile> files(Path dir) {
        Map<String, SealedFile> files = new TreeMap<>();
        for (String part : List.of(Tdb2Store.DATABASE, Tdb2Store.TEXT)) {
            Path root = dir.resolve(part);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.filter(Files::isRegularFile).filter(p -> !variesWhileOpen(p)).toList()) {
                    files.put(dir.relativize(path).toString().replace('\\', '/'),
                            new SealedFile(path, Files.size(path), Files.getLastModifiedTime(path).toMillis()));
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

    private static String crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
