package org.w3id.unrights.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data digest depends on the files' relative paths and bytes alone: a fixed value for a fixed folder (so
 * no machine, file order, time or line-ending convention enters it), changed by one byte or a renamed file.
 */
class ContentHashTest {
    /** The fixture's files, written in an order that is not the sorted one; one has CRLF line ends, kept as bytes. */
    private static final Map<String, String> FILES = Map.of(
            "data/sources/a.yaml", "key: a\r\ntitle: \"A\"\r\n",
            "data/README.md", "# Fixture\n",
            "data/reference/states.yaml", "states: []\n",
            "ontology/un-rights.ttl", "@prefix unr: <https://w3id.org/un-rights/ontology#> .\n");
    /**
     * The fixture's digest, worked out apart from this code: SHA-256 over, for data/ then ontology/, each file
     * in the order of its relative path, the line "{folder}/{path} {size}\n" and then its bytes.
     */
    private static final String FIXTURE_DIGEST = "ab37dac43946d23318c7ba1cc21b0309abdfbdf091663567e55f73704c003d2f";

    @TempDir
    Path dir;
    Path data;
    Path ontology;

    @BeforeEach
    void writeFixture() throws IOException {
        data = dir.resolve("data");
        ontology = dir.resolve("ontology");
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDigestOfAFolderIsFixed() {
        assertEquals(FIXTURE_DIGEST, ContentHash.dataDigest(data, ontology));
        assertEquals(FIXTURE_DIGEST, ContentHash.dataDigest(data, ontology), "the same again");
    }

    @Test
    void oneChangedByteChangesIt() throws IOException {
        Path file = data.resolve("sources/a.yaml");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] = '\n';
        Files.write(file, bytes);
        assertNotEquals(FIXTURE_DIGEST, ContentHash.dataDigest(data, ontology), "a CR made LF, the size unchanged");
    }

    @Test
    void aRenamedOrMovedFileChangesIt() throws IOException {
        Files.move(data.resolve("sources/a.yaml"), data.resolve("sources/b.yaml"));
        String renamed = ContentHash.dataDigest(data, ontology);
        assertNotEquals(FIXTURE_DIGEST, renamed);
        Files.move(ontology.resolve("un-rights.ttl"), data.resolve("un-rights.ttl"));
        assertNotEquals(renamed, ContentHash.dataDigest(data, ontology), "a file moved from ontology/ to data/");
    }

    @Test
    void theStoresHashAlsoCoversTheSoftware() {
        assertNotEquals(ContentHash.dataDigest(data, ontology), ContentHash.of(data, ontology));
    }

    @Test
    void aClassesFolderIsStampedByItsClassesBytesNotTheirTimes() throws IOException {
        Path classes = dir.resolve("classes");
        Path one = classes.resolve("org/example/One.class");
        Files.createDirectories(one.getParent());
        Files.write(one, new byte[] {(byte) 0xCA, (byte) 0xFE, 1});
        Files.writeString(classes.resolve("org/example/page.html"), "<p>");
        String stamp = ContentHash.codeStamp(classes);
        assertTrue(stamp.startsWith("classes "), stamp);

        Files.setLastModifiedTime(one, FileTime.fromMillis(0));
        Files.writeString(classes.resolve("org/example/page.html"), "<p>another page");
        assertEquals(stamp, ContentHash.codeStamp(classes), "compiled again to the same bytes, and a resource changed");

        Files.write(one, new byte[] {(byte) 0xCA, (byte) 0xFE, 2});
        String changed = ContentHash.codeStamp(classes);
        assertNotEquals(stamp, changed, "one byte of a class changed");
        Files.write(classes.resolve("org/example/Two.class"), new byte[0]);
        assertNotEquals(changed, ContentHash.codeStamp(classes), "a class added");
    }

    @Test
    void aJarIsStampedByItsSizeAndTime() throws IOException {
        Path jar = dir.resolve("code.jar");
        Files.write(jar, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000));
        assertEquals("3@1000", ContentHash.codeStamp(jar));
        assertEquals("", ContentHash.codeStamp(dir.resolve("nothing-here")));
    }
}
