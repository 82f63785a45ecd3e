package org.w3id.unrights.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.bundle.Bundle;

class BundledDigestTest {
    @TempDir
    Path dir;

    @Test
    void theBuildWritesTheDigestOfThePackagedFoldersBesideThem() throws IOException {
        try (InputStream in = Bundle.class.getResourceAsStream("/" + Bundle.ROOT + "/" + Bundle.DIGEST)) {
            assertNotNull(in, "the build's process-classes step wrote no " + Bundle.DIGEST);
            String written = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            assertEquals(ContentHash.dataDigest(Bundle.data(), Bundle.ontology()), written, "written before the folders last changed");
        }
    }

    @Test
    void theMainWritesTheDigestToTheFileGiven() throws IOException {
        Path file = dir.resolve("digest");
        BundledDigest.main(new String[] {file.toString()});
        assertEquals(ContentHash.dataDigest(Bundle.data(), Bundle.ontology()) + "\n", Files.readString(file));
    }

    @Test
    void outsideAJarTheFoldersAreReadAgain() {
        // Here the packaged folders are files of the classes folder, which can change after the build.
        assertTrue(Bundle.packagedDigest(Bundle.data(), Bundle.ontology()).isEmpty());
        assertTrue(Bundle.packagedDigest(dir, Bundle.ontology()).isEmpty());
    }
}
