package org.w3id.unrights.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.w3id.unrights.graph.DataSetQuads;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;

/**
 * A release a user can cite: a folder {@code un-rights-graph-{version}/} holding the dumps and void.ttl (as
 * {@link Exporter} writes them), the ontology reference, CHANGELOG.md and {@code SHA256SUMS} (as
 * {@code sha256sum -c} reads it), zipped into {@code un-rights-graph-{version}.zip} beside its own
 * {@code .sha256}. Refused unless the changelog has an entry for this version and date whose data digest (the
 * line {@code Data digest: `sha256:…`} under its heading) is that of the data and ontology being released, so
 * no release goes out undescribed, and no version number stands for two different sets of data.
 */
public final class ReleaseArchive {
    public static final String SUMS = "SHA256SUMS";
    public static final String CHANGELOG = "CHANGELOG.md";
    private static final Pattern DIGEST = Pattern.compile("Data digest: `sha256:([0-9a-f]{64})`\\s*");

    private ReleaseArchive() {}

    /** The archive's name, such as {@code un-rights-graph-0.1.0}. */
    public static String name(Release release) {
        return "un-rights-graph-" + release.version();
    }

    /** The changelog's heading of an entry: {@code ## 0.1.0 — 2026-11-25}. */
    public static Pattern entry(Release release) {
        return Pattern.compile("(?m)^## " + Pattern.quote(release.version()) + " [—-] " + Pattern.quote(release.date().toString()) + "\\s*$");
    }

    /** The line right under an entry's heading that records the digest of the data it describes. */
    public static String digestLine(String dataDigest) {
        return "Data digest: `sha256:" + dataDigest + "`";
    }

    /**
     * The data digest (hex) an entry records: the first line with text under the heading {@code heading}
     * matches, when that line is a digest line.
     */
    public static Optional<String> digest(String changelog, Pattern heading) {
        Matcher found = heading.matcher(changelog);
        if (!found.find()) {
            return Optional.empty();
        }
        return changelog.substring(found.end()).lines().filter(line -> !line.isBlank()).findFirst()
                .map(DIGEST::matcher).filter(Matcher::matches).map(m -> m.group(1));
    }

    /**
     * Fails, saying what to do, unless the changelog has an entry for this release that records
     * {@code dataDigest}, the digest of the data and ontology to be released.
     */
    public static void check(Release release, String changelog, String dataDigest) {
        String heading = "## " + release.version() + " — " + release.date();
        if (!entry(release).matcher(changelog).find()) {
            throw new IllegalArgumentException(CHANGELOG + " has no entry '" + heading + "': describe the release there first");
        }
        Optional<String> recorded = digest(changelog, entry(release));
        if (recorded.isEmpty()) {
            throw new IllegalArgumentException(CHANGELOG + "'s entry '" + heading + "' records no data digest: put the line "
                    + digestLine(dataDigest) + " right under its heading");
        }
        if (!recorded.get().equals(dataDigest)) {
            throw new IllegalArgumentException("the data and ontology to be released are not those " + CHANGELOG
                    + " describes as data version " + release.version() + " (its entry records sha256:" + recorded.get()
                    + ", they have sha256:" + dataDigest + "): raise data.version and data.modified in pom.xml and add a "
                    + CHANGELOG + " entry with " + digestLine(dataDigest) + ", or release the data that entry describes");
        }
    }

    /**
     * Writes the release into {@code out}; returns the zip file.
     *
     * @param dataDigest the digest of the data and ontology the graph is built from, which the release's
     *                   changelog entry must record (see {@link #check})
     * @param documents writes the documents that go beside the dumps (the ontology reference) into a folder and
     *                  returns their files
     */
    public static Path write(RightsGraph graph, DataSetQuads dataSetQuads, Statistics stats, Release release, String changelog, String dataDigest, Path out,
                             Function<Path, List<Path>> documents) {
        check(release, changelog, dataDigest);
        Path dir = out.resolve(name(release));
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>(Exporter.write(graph, dataSetQuads, stats, dir, release));
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
