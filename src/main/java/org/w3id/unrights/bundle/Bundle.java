package org.w3id.unrights.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The default data, ontology and queries, packaged inside the jar (the build copies {@code data/},
 * {@code ontology/} and {@code queries/} byte for byte under {@value #ROOT}), so that the jar works from any
 * folder. Each folder is handed out as a {@link Path}: in the jar, a path of a read-only zip file system; in
 * the build's own classes folder, a plain file path. Loaders read either the same way and name the file and
 * line in every error. The command-line options {@code --data}, {@code --ontology} and {@code --queries}
 * replace these defaults with folders on disk.
 */
public final class Bundle {
    /** The resource folder that holds the three folders. */
    public static final String ROOT = "un-rights-graph";
    public static final String DATA = "data";
    public static final String ONTOLOGY = "ontology";
    public static final String QUERIES = "queries";

    private Bundle() {}

    /** The file beside the three folders that holds the digest of the packaged data and ontology ({@link #packagedDigest}). */
    public static final String DIGEST = "data-ontology.sha256";

    /** The curated data ({@code reference/} and {@code sources/}, and any data sets). */
    public static Path data() {
        return folder(DATA);
    }

    /** The ontology, concept schemes, shapes and quality checks. */
    public static Path ontology() {
        return folder(ONTOLOGY);
    }

    /** The named queries and their expected results. */
    public static Path queries() {
        return folder(QUERIES);
    }

    /**
     * Every packaged file, sorted by name, each named by its path below {@value #ROOT} with {@code /} between
     * folders ({@code data/sources/…yaml}, {@code ontology/shapes.ttl}): what a digest of the default content reads.
     */
    public static List<BundledFile> files() {
        return Stream.of(DATA, ONTOLOGY, QUERIES).flatMap(name -> {
            Path folder = folder(name);
            try (Stream<Path> walk = Files.walk(folder)) {
                return walk.filter(Files::isRegularFile).map(f -> new BundledFile(name + "/" + relative(folder, f), f)).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }).sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    /** One packaged file: its name below {@value #ROOT} and where to read it. */
    public record BundledFile(String name, Path path) {
        public byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    private static String relative(Path folder, Path file) {
        // Joined by hand: the separator of a zip path is always '/', that of a file path may not be.
        StringBuilder name = new StringBuilder();
        for (Path part : folder.relativize(file)) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }

    private static Path folder(String name) {
        URL url = Bundle.class.getResource("/" + ROOT + "/" + name);
        if (url == null) {
            throw new IllegalStateException("the default " + name + " folder is not on the class path (" + ROOT + "/" + name
                    + "): build with Maven, or name a folder with --" + name);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                openZip(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + url, e);
        }
    }

    /**
     * The digest of the data and ontology folders written when the jar was built, if {@code data} and
     * {@code ontology} are the jar's own: a jar's files cannot change, so a start need not read them again to
     * find its store. Empty for any other folders, and when running from a classes folder, whose files can.
     */
    public static Optional<String> packagedDigest(Path data, Path ontology) {
        URL url = Bundle.class.getResource("/" + ROOT + "/" + DIGEST);
        if (url == null || !"jar".equals(url.getProtocol()) || !data.equals(data()) || !ontology.equals(ontology())) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    /** The jar's zip file system is opened once and left open: its paths are used for the life of the program. */
    private static synchronized void openZip(URI uri) {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Opened by an earlier call.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar " + uri, e);
        }
    }
}
