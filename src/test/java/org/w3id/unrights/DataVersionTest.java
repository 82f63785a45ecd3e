package org.w3id.unrights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.export.ReleaseArchive;
import org.w3id.unrights.store.ContentHash;

/**
 * The data version follows the data: CHANGELOG.md's newest entry is the pom's data.version and data.modified,
 * and records the digest of data/ and ontology/ as they are, so a change to either fails here until the
 * version is raised with an entry that describes it. The failure gives the digest to write.
 */
class DataVersionTest {
    private static final Path CHANGELOG = Path.of(ReleaseArchive.CHANGELOG);

    @Test
    void theChangelogsNewestEntryIsThisDataVersion() throws IOException {
        String newest = headings().get(0);
        Release release = Release.current();
        assertTrue(ReleaseArchive.entry(release).matcher(newest).matches(),
                "CHANGELOG.md's newest entry '" + newest + "' is the pom's data.version " + release.version()
                        + " and data.modified " + release.date());
    }

    @Test
    void theNewestEntryRecordsTheDigestOfTheData() throws IOException {
        String changelog = Files.readString(CHANGELOG);
        String newest = headings().get(0);
        String version = newest.substring(3).split(" ")[0];
        String digest = ContentHash.dataDigest(Fixtures.DATA, Fixtures.ONTOLOGY);
        Optional<String> recorded = ReleaseArchive.digest(changelog, heading(newest));
        assertEquals(Optional.of(digest), recorded,
                "data/ or ontology/ changed since data version " + version + ": raise data.version and data.modified in"
                        + " pom.xml and add a CHANGELOG.md entry with " + ReleaseArchive.digestLine(digest)
                        + " right under its heading (if " + version + " was never released, put that line in its entry instead)");
    }

    @Test
    void everyEntryRecordsADataDigest() throws IOException {
        String changelog = Files.readString(CHANGELOG);
        for (String entry : headings()) {
            assertTrue(ReleaseArchive.digest(changelog, heading(entry)).isPresent(),
                    "CHANGELOG.md's entry '" + entry + "' has the line Data digest: `sha256:{64 hex digits}` right under its heading");
        }
    }

    private static List<String> headings() throws IOException {
        List<String> headings = Files.readAllLines(CHANGELOG).stream().filter(l -> l.startsWith("## ")).toList();
        assertTrue(!headings.isEmpty(), "CHANGELOG.md has entries");
        return headings;
    }

    private static Pattern heading(String line) {
        return Pattern.compile("(?m)^" + Pattern.quote(line) + "$");
    }
}
