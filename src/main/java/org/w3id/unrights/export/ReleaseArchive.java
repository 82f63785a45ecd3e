package org.w3id.unrights.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;

/**
 * A release a user can cite: a folder {@code un-rights-graph-{version}/} holding the dumps and void.ttl (as
 * {@link Exporter} writes them), the ontology reference, CHANGELOG.md and {@code SHA256SUMS} (as
 * {@code sha256sum -c} reads it), zipped into {@code un-rights-graph-{version}.zip} beside its own
 * {@code .sha256}. Refused unless the changelog has an entry for this version and date, so no release goes out
 * undescribed.
 */
public final class ReleaseArchive {
    public static final String SUMS = "SHA256SUMS";
    public static final String CHANGELOG = "CHANGELOG.md";

    private ReleaseArchive() {}

    /** The archive's name, such as {@code un-rights-graph-0.1.0}. */
    public static String name(Release release) {
        return "un-rights-graph-" + release.version();
    }

    /** The changelog's heading of an entry: {@code ## 0.1.0 — 2026-11-25}. */
    public static Pattern entry(Release release) {
        return Pattern.compile("(?m)^## " + Pattern.quote(release.version()) + " [—-] " + Pattern.quote(release.date().toString()) + "\\s*$");
    }

    /**
     * Writes the release into {@code out}; returns the zip file.
     *
     * @param documents writes the documents that go beside the dumps (the ontology reference) into a folder and
     *                  returns their files
     */
    public static Path write(RightsGraph graph, Statistics stats, Release release, String changelog, Path out, Function<Path, List<Path>> documents) {
        if (!entry(release).matcher(changelog).find()) {
            throw new IllegalArgumentException(CHANGELOG + " has no entry '## " + release.version() + " — " + release.date()
                    + "': describe the release there first");
        }
        Path dir = out.resolve(name(release));
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>(Exporter.write(graph, stats, dir, release));
            files.addAll(documents.apply(dir));
            Path changes = dir.resolve(CHANGELOG);
            Files.writeString(changes, changelog, StandardCharsets.UTF_8);
            files.add(changes);
            StringBuilder sums = new StringBuilder();
            for (Path file : files.stream().sorted().toList()) {
                sums.append(DatasetDescription.sha256(file)).append("  ").append(file.getFileName()).append('\n');
            }
            Path sumsFile = dir.resolve(SUMS);
            Files.writeString(sumsFile, sums.toString(), StandardCharsets.US_ASCII);
            Path zip = out.resolve(name(release) + ".zip");
            zip(dir, zip);
            Files.writeString(out.resolve(zip.getFileName() + ".sha256"),
                    DatasetDescription.sha256(zip) + "  " + zip.getFileName() + "\n", StandardCharsets.US_ASCII);
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the release into " + out, e);
        }
    }

    private static void zip(Path dir, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.list(dir)) {
            for (Path path : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(dir.getFileName() + "/" + path.getFileName()));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
