package org.w3id.unrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.export.ReleaseArchive;
import org.w3id.unrights.store.ContentHash;

/**
 * The release command: an archive of this data version whose checksums hold, refused without a changelog entry
 * or when the entry's data digest is not that of the data being released.
 */
class ReleaseCommandTest extends CommandTesting {
    @TempDir
    Path dir;

    @Test
    void writesAnArchiveWithChecksumsThatHold() throws IOException {
        Path out = dir.resolve("release");
        assertEquals(0, run("release", "--data", Fixtures.MINIMAL.toString(), "--out", out.toString(),
                "--changelog", fixtureChangelog().toString()), err::toString);
        String name = ReleaseArchive.name(Release.current());
        Path folder = out.resolve(name);
        Path zip = out.resolve(name + ".zip");

        List<String> sums = Files.readAllLines(folder.resolve(ReleaseArchive.SUMS));
        Set<String> listed = new TreeSet<>();
        for (String line : sums) {
            String[] parts = line.split("  ", 2);
            assertEquals(sha256(folder.resolve(parts[1])), parts[0], "the checksum of " + parts[1]);
            listed.add(parts[1]);
        }
        for (Dump dump : Dump.values()) {
            assertTrue(listed.contains(dump.fileName()), dump.fileName() + " in " + listed);
        }
        assertTrue(listed.contains(ReleaseArchive.CHANGELOG));
        assertEquals(sha256(zip) + "  " + zip.getFileName(), Files.readString(out.resolve(name + ".zip.sha256")).strip());

        Set<String> zipped = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zipped.add(entry.getName());
                if (entry.getName().endsWith(Dump.TRIG.fileName())) {
                    DatasetGraph trig = DatasetGraphFactory.create();
                    RDFParser.source(new java.io.ByteArrayInputStream(in.readAllBytes())).lang(org.apache.jena.riot.Lang.TRIG).parse(trig);
                    assertTrue(trig.listGraphNodes().hasNext(), "the TriG in the archive parses, with its graphs");
                }
            }
        }
        assertTrue(zipped.contains(name + "/" + ReleaseArchive.SUMS), zipped.toString());
        assertTrue(zipped.contains(name + "/" + ReleaseArchive.CHANGELOG), zipped.toString());
        String changelog = Files.readString(folder.resolve(ReleaseArchive.CHANGELOG));
        assertTrue(ReleaseArchive.entry(Release.current()).matcher(changelog).find(), "the release's own entry ships with it");
    }

    @Test
    void refusesAReleaseTheChangelogDoesNotDescribe() throws IOException {
        Path changelog = Files.writeString(dir.resolve("CHANGELOG.md"), "# Changelog\n\n## 0.0.1 — 2000-01-01\n\nSomething else.\n");
        Path out = dir.resolve("release");
        assertEquals(2, run("release", "--data", Fixtures.MINIMAL.toString(), "--out", out.toString(),
                "--changelog", changelog.toString()));
        assertTrue(err.toString().contains("has no entry '## " + Release.current().version()), err::toString);
        assertFalse(Files.exists(out.resolve(ReleaseArchive.name(Release.current()) + ".zip")));
    }

    @Test
    void refusesAReleaseOfOtherDataThanTheEntryDescribes() throws IOException {
        Release release = Release.current();
        String other = ContentHash.dataDigest(Fixtures.DATA, Bundle.ontology());
        Path changelog = Files.writeString(dir.resolve("CHANGELOG.md"), "# Changelog\n\n## " + release.version() + " — "
                + release.date() + "\n" + ReleaseArchive.digestLine(other) + "\n\nThe shipped data, not the fixture.\n");
        Path out = dir.resolve("release");
        assertEquals(2, run("release", "--data", Fixtures.MINIMAL.toString(), "--out", out.toString(),
                "--changelog", changelog.toString()));
        String fixture = ContentHash.dataDigest(Fixtures.MINIMAL, Bundle.ontology());
        assertTrue(err.toString().contains("its entry records sha256:" + other + ", they have sha256:" + fixture), err::toString);
        assertTrue(err.toString().contains("raise data.version and data.modified in pom.xml"), err::toString);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void refusesAnEntryWithoutADataDigest() throws IOException {
        Release release = Release.current();
        Path changelog = Files.writeString(dir.resolve("CHANGELOG.md"), "# Changelog\n\n## " + release.version() + " — "
                + release.date() + "\n\nNo digest.\n");
        assertEquals(2, run("release", "--data", Fixtures.MINIMAL.toString(), "--out", dir.resolve("release").toString(),
                "--changelog", changelog.toString()));
        assertTrue(err.toString().contains("records no data digest: put the line "
                + ReleaseArchive.digestLine(ContentHash.dataDigest(Fixtures.MINIMAL, Bundle.ontology()))), err::toString);
    }

    @Test
    void theJarsChangelogDescribesTheJarsData() {
        // What release without --data, --ontology and --changelog checks, short of building the graph.
        ReleaseArchive.check(Release.current(), ReleaseCommand.bundledChangelog(),
                ContentHash.dataDigest(Bundle.data(), Bundle.ontology()));
    }

    /** A changelog whose entry for this version describes the minimal fixture, which the tests release. */
    private Path fixtureChangelog() throws IOException {
        Release release = Release.current();
        return Files.writeString(dir.resolve("CHANGELOG.md"), "# Changelog\n\n## " + release.version() + " — " + release.date()
                + "\n" + ReleaseArchive.digestLine(ContentHash.dataDigest(Fixtures.MINIMAL, Bundle.ontology()))
                + "\n\nThe minimal fixture.\n");
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
