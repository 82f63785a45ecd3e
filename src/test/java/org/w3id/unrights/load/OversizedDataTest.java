package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataError;

/**
 * What cannot be data is refused with its file and line before reading it costs much: files too large to be
 * a source's facts (a 50 MB value among them, which used to keep the loader reading for minutes), values too
 * long on one line or over many, a key that would make an IRI thousands of characters long, a field name as
 * long. Generated, as no such file belongs in the repository; each on the corpus's valid base
 * ({@link MalformedDataTest#BASE}), each the only error, each within a generous bound.
 */
class OversizedDataTest {
    static final long GENEROUS_MILLIS = 20_000;
    static final String HEAD = """
            source:
              key: case-source
              title: A malformed case
              authors: [base-author]
              publisher: base-publisher
              published: "2020"

            statements:
              - key: case-statement
                actor: prk
                stance: rejects
            """;

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteValueIsRefusedByTheFilesSizeWithoutReadingItAll() throws IOException {
        Path data = base();
        Path file = data.resolve("sources/case.yaml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD + "    summary: ");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write("\n    locator: para 1\n");
        }
        DataError error = onlyError(data);
        assertEquals(file, error.location().file());
        assertEquals(12, error.location().line(), "the value's line, where the file passes the limit");
        assertTrue(error.message().contains("larger than 16 MiB"), error.message());
    }

    @Test
    void aFileOfManyLinesPastTheLimitIsRefusedAtTheLineWhereItPassesIt() throws IOException {
        Path data = base();
        Path file = data.resolve("sources/case.yaml");
        StringBuilder comments = new StringBuilder(HEAD + "    summary: fine\n    locator: para 1\n");
        String line = "# " + "c".repeat(98) + "\n";
        while (comments.length() <= YamlFiles.MAX_FILE_BYTES) {
            comments.append(line);
        }
        Files.writeString(file, comments);
        DataError error = onlyError(data);
        long passing = comments.substring(0, YamlFiles.MAX_FILE_BYTES).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(passing, error.location().line(), error.toString());
        assertTrue(error.message().contains("larger than 16 MiB"), error.message());
    }

    @Test
    void aValueLongerThanTheLimitOnOneLineIsRefusedBeforeParsing() throws IOException {
        Path data = base();
        Files.writeString(data.resolve("sources/case.yaml"), HEAD + "    summary: " + "x".repeat(200_000) + "\n    locator: para 1\n");
        DataError error = onlyError(data);
        assertEquals(12, error.location().line());
        assertEquals("summary", error.field());
        assertTrue(error.message().contains("a value holds at most 10000 characters"), error.message());
    }

    @Test
    void aValueLongerThanTheLimitOverManyLinesIsRefusedAtItsLine() throws IOException {
        Path data = base();
        String folded = ("      " + "word ".repeat(20) + "\n").repeat(200);
        Files.writeString(data.resolve("sources/case.yaml"), HEAD + "    summary: >-\n" + folded + "    locator: para 1\n");
        DataError error = onlyError(data);
        assertEquals(12, error.location().line());
        assertEquals("summary", error.field());
        assertTrue(error.message().contains("characters long; a value holds at most 10000"), error.message());
    }

    @Test
    void aKeyThatWouldMakeAnIriThousandsOfCharactersLongIsRefused() throws IOException {
        Path data = base();
        Files.writeString(data.resolve("sources/case.yaml"),
                HEAD.replace("key: case-statement", "key: " + "k".repeat(10_000)) + "    summary: fine\n    locator: para 1\n");
        DataError error = onlyError(data);
        assertEquals(9, error.location().line());
        assertEquals("key", error.field());
        assertTrue(error.message().contains("a key, which becomes part of an IRI, holds at most 200 characters"), error.message());
    }

    @Test
    void aFieldNameLongerThanAnyIsRefused() throws IOException {
        Path data = base();
        Files.writeString(data.resolve("sources/case.yaml"), HEAD + "    " + "f".repeat(500) + ": fine\n    summary: fine\n    locator: para 1\n");
        DataError error = onlyError(data);
        assertEquals(12, error.location().line());
        assertTrue(error.message().contains("field names are at most 100 characters"), error.message());
    }

    private Path base() {
        return Fixtures.copy(MalformedDataTest.BASE, dir.resolve("data"));
    }

    private static DataError onlyError(Path data) {
        long start = System.nanoTime();
        List<DataError> errors = MalformedDataTest.errors(data);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < GENEROUS_MILLIS, "refused after " + millis + " ms");
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }
}
