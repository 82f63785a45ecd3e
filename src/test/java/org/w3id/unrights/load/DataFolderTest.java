package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.diagnostics.Problems;

/** What a data folder may hold besides what is refused (the refusals are cases of {@link MalformedDataTest}). */
class DataFolderTest {
    static final List<String> TABLES = List.of("states", "bodies", "persons", "mechanisms", "sources");

    @TempDir
    Path dir;

    @Test
    void aReadmeAndDataSetsAreAllowedAndListed() throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir.resolve("data"));
        Files.writeString(data.resolve("README.md"), "# data\n");
        Path rollCalls = Files.createDirectories(data.resolve("datasets/unga-rollcalls"));
        Files.writeString(rollCalls.resolve("README.md"), "# roll calls\n");
        Files.writeString(rollCalls.resolve("dataset.yaml"), "dataset: {}\n");
        Files.write(rollCalls.resolve("votes.csv.gz"), new byte[] {0x1f, (byte) 0x8b});
        Path other = Files.createDirectories(data.resolve("datasets/another-set"));
        Files.writeString(other.resolve("dataset.yaml"), "dataset: {}\n");

        Problems problems = new Problems();
        DataFolder folder = DataFolder.scan(data, TABLES, problems);

        assertTrue(problems.isEmpty());
        assertEquals(List.of(other, rollCalls), folder.datasets());
        assertEquals(List.of(data.resolve("sources/fixture-source.yaml")), folder.sources());
    }

    @Test
    void theShippedDataFolderHoldsNothingUnread() {
        Problems problems = new Problems();
        DataFolder.scan(Fixtures.DATA, TABLES, problems);
        assertTrue(problems.isEmpty());
    }

    @Test
    void everyStrayPathIsReportedNotOnlyTheFirst() throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir.resolve("data"));
        Files.writeString(data.resolve("sources/a.yml"), "x: 1\n");
        Files.writeString(data.resolve("sources/b.json"), "{}\n");
        Files.createDirectories(data.resolve("reference/old"));

        Problems problems = new Problems();
        DataFolder.scan(data, TABLES, problems);

        DataException e = assertThrows(DataException.class, problems::throwIfAny);
        assertEquals(List.of(data.resolve("reference/old"), data.resolve("sources/a.yml"), data.resolve("sources/b.json")),
                e.errors().stream().map(err -> err.location().file()).toList(), e::getMessage);
        assertTrue(e.errors().stream().allMatch(err -> err.location().line() == 0 && err.field() == null), e::getMessage);
    }

    /** Inside the jar the data folder is a zip file system: the same list applies there. */
    @Test
    void theListAppliesInsideAZipFileSystem() throws IOException {
        URI zip = URI.create("jar:" + dir.resolve("data.zip").toUri());
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Path data = fs.getPath("/data");
            try (Stream<Path> files = Files.walk(Fixtures.MINIMAL)) {
                for (Path file : files.toList()) {
                    Path to = data.resolve(Fixtures.MINIMAL.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            Problems clean = new Problems();
            assertEquals(List.of(data.resolve("sources/fixture-source.yaml")), DataFolder.scan(data, TABLES, clean).sources());
            assertTrue(clean.isEmpty());

            Files.writeString(data.resolve("sources/extra.yml"), "x: 1\n");
            Problems problems = new Problems();
            DataFolder.scan(data, TABLES, problems);
            DataException e = assertThrows(DataException.class, problems::throwIfAny);
            assertEquals(List.of(data.resolve("sources/extra.yml")), e.errors().stream().map(err -> err.location().file()).toList());
        }
    }

    @Test
    void aMissingFolderIsOneError() {
        Problems problems = new Problems();
        DataFolder.scan(dir.resolve("nowhere"), TABLES, problems);
        DataException e = assertThrows(DataException.class, problems::throwIfAny);
        assertEquals(1, e.errors().size(), e::getMessage);
        assertTrue(e.getMessage().contains("no such data folder"), e::getMessage);
    }
}
