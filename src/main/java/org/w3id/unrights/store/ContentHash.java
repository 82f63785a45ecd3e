package org.w3id.unrights.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.export.Release;

/**
 * What a store is built from, as one SHA-256: every file under the data and ontology folders (its path
 * relative to the folder and its bytes, in path order, so renaming or moving a file changes the hash too),
 * the software version, what a store folder holds, and a stamp of the code it runs from (a jar's size and date, a
 * classes folder's digest), since the code decides how files become triples. Any {@link Path} works, so files
 * read from inside a jar hash the same way.
 */
public final class ContentHash {
    /** Characters of the hex digest used to name a store: enough to tell versions apart, short enough to read. */
    static final int NAME_LENGTH = 16;
    /** What a store folder holds; raised when a build writes something new, so an older store is never reused. */
    static final String STORE_LAYOUT = "tdb2 dumps statistics text-index seal votes";

    private ContentHash() {}

    /**
     * The hex digest of everything the graph would be built from: the software and the {@link #dataDigest} of the
     * folders (for the jar's own folders, the one written when the jar was built).
     */
    public static String of(Path dataDir, Path ontologyDir) {
        String software = "software " + Release.current().version() + " " + CodeStamp.OF_THIS_CODE + " " + STORE_LAYOUT + "\n";
        String data = Bundle.packagedDigest(dataDir, ontologyDir).orElseGet(() -> dataDigest(dataDir, ontologyDir));
        return DigestUtils.sha256Hex(software + data);
    }

    /**
     * The hex digest of the data and ontology alone, without the software: what a data version describes,
     * recorded in its CHANGELOG.md entry. The same files the same way as {@link #of}: for each folder, each
     * file in the order of its path relative to the folder ({@code /} between folders), a line
     * {@code data/{path} {size}} or {@code ontology/{path} {size}} and then the file's bytes as they are, so
     * that it depends on nothing but the files' names and contents.
     */
    public static String dataDigest(Path dataDir, Path ontologyDir) {
        MessageDigest digest = DigestUtils.getSha256Digest();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            folder("data", dataDir, file -> true, sink);
            folder("ontology", ontologyDir, file -> true, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files to hash: " + e.getMessage(), e);
        }
        return Hex.encodeHexString(digest.digest());
    }

    /** The short form that names a store's folder. */
    public static String name(String hash) {
        return hash.substring(0, NAME_LENGTH);
    }

    /** Each file of {@code dir} that {@code keep} keeps, in the order of its relative path: a line, then its bytes. */
    private static void folder(String label, Path dir, Predicate<Path> keep, OutputStream sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(keep)
                    .sorted((a, b) -> relative(dir, a).compareTo(relative(dir, b))).toList();
        }
        for (Path file : files) {
            // Length before content, so that no two different sets of files feed the digest the same bytes.
            sink.write((label + "/" + relative(dir, file) + " " + Files.size(file) + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(sink);
            }
        }
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * What tells one build of the code at {@code code} from another: a jar's size and time of change (a jar is
     * rebuilt whole); for a classes folder (tests, the benchmarks, a server started from the build's output), a
     * digest of its class files' paths and bytes, so that a store built by code since changed is not reused,
     * while the same classes compiled again are; empty when there is neither.
     */
    static String codeStamp(Path code) {
        try {
            if (Files.isRegularFile(code)) {
                return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
            }
            if (Files.isDirectory(code)) {
                return "classes " + classesDigest(code);
            }
        } catch (IOException | RuntimeException e) {
            // No stamp: the data alone names the store.
        }
        return "";
    }

    private static String classesDigest(Path folder) throws IOException {
        MessageDigest digest = DigestUtils.getSha256Digest();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            folder("classes", folder, file -> file.toString().endsWith(".class"), sink);
        }
        return Hex.encodeHexString(digest.digest());
    }

    /** {@link #codeStamp(Path)} of where this class was loaded from, taken at first use: the code does not change while it runs. */
    private static final class CodeStamp {
        static final String OF_THIS_CODE = ofThisCode();

        private static String ofThisCode() {
            try {
                return codeStamp(Path.of(ContentHash.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | RuntimeException e) {
                return "";
            }
        }
    }
}
