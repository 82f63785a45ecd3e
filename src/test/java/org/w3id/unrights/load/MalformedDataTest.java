package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.cli.Main;
import org.w3id.unrights.diagnostics.DataError;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Validation;

/**
 * The corpus of malformed data in {@code src/test/resources/malformed}: each case is a folder whose
 * {@code data/} files are laid over a small valid base ({@code _base}, minus the paths its {@code REMOVE}
 * lists), with the errors it must give in {@code EXPECTED}, one a line, written as the command line prints
 * them: {@code FILE[:LINE]: [field 'FIELD': ]MESSAGE}, FILE relative to the data folder, MESSAGE the start
 * or a part of the message, {@code {base}} standing for the data folder. Loading and SHACL validation
 * together must give exactly those errors, and {@code validate} must print them, one a line, and exit
 * non-zero without a stack trace.
 */
class MalformedDataTest {
    static final Path CORPUS = Path.of("src/test/resources/malformed");
    static final Path BASE = CORPUS.resolve("_base");
    private static final Pattern EXPECTED = Pattern.compile(
            "(?<file>[^:]+?)(?::(?<line>\\d+))?: (?:field '(?<field>[^']+)': )?(?<message>.+)");

    record Expected(Path file, int line, String field, String message) {}

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(f -> Files.exists(f.resolve("EXPECTED")))
                    .map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHoldsAtLeastEightyCasesAndTheBaseIsValid() throws IOException {
        assertTrue(cases().count() >= 80, "the corpus has " + cases().count() + " cases");
        assertEquals(List.of(), Validation.check(new GraphBuilder(BASE, Fixtures.ONTOLOGY).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseIsRejectedWithFileLineAndField(String name) throws IOException {
        Path data = apply(CORPUS.resolve(name));
        List<Expected> expected = expected(CORPUS.resolve(name).resolve("EXPECTED"), data);

        List<DataError> errors = errors(data);

        String all = errors.stream().map(DataError::toString).reduce("", (a, b) -> a + "\n  " + b);
        assertEquals(expected.size(), errors.size(), () -> "errors:" + all);
        for (Expected want : expected) {
            assertTrue(errors.stream().anyMatch(e -> matches(want, e)), () -> "expected " + want + ", got:" + all);
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "validate", "--data", data.toString(), "--ontology", Fixtures.ONTOLOGY.toString());
        String printed = err.toString();
        assertNotEquals(0, code, printed);
        assertFalse(printed.contains("Exception") || printed.contains("\tat "), printed);
        for (DataError error : errors) {
            assertTrue(printed.lines().anyMatch(l -> l.strip().equals(error.toString())), () -> error + " not in:\n" + printed);
        }
    }

    /** Load errors if the load fails, else the SHACL findings of the built graph as errors. */
    static List<DataError> errors(Path data) {
        RightsGraph graph;
        try {
            graph = new GraphBuilder(data, Fixtures.ONTOLOGY).build();
        } catch (DataException e) {
            return e.errors();
        }
        List<Validation.Finding> findings = Validation.check(graph);
        findings.forEach(f -> assertNotNull(f.location(), () -> "a finding without a place in the data: " + f));
        return findings.stream().map(Validation.Finding::toError).toList();
    }

    private static boolean matches(Expected want, DataError error) {
        return error.location().file().equals(want.file())
                && error.location().line() == want.line()
                && java.util.Objects.equals(error.field(), want.field())
                && error.message().contains(want.message());
    }

    private Path apply(Path testCase) throws IOException {
        Path data = Fixtures.copy(BASE, dir.resolve("data"));
        Path overlay = testCase.resolve("data");
        if (Files.isDirectory(overlay)) {
            try (Stream<Path> files = Files.walk(overlay)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path to = data.resolve(overlay.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path remove = testCase.resolve("REMOVE");
        if (Files.exists(remove)) {
            for (String path : Files.readAllLines(remove)) {
                delete(data.resolve(path.strip()));
            }
        }
        return data;
    }

    private static List<Expected> expected(Path file, Path data) throws IOException {
        List<Expected> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = EXPECTED.matcher(line.replace("{base}", data + "/"));
            assertTrue(m.matches(), "not an expected error: " + line);
            expected.add(new Expected(data.resolve(m.group("file")), m.group("line") == null ? 0 : Integer.parseInt(m.group("line")),
                    m.group("field"), m.group("message")));
        }
        assertFalse(expected.isEmpty(), file + " expects nothing");
        return expected;
    }

    private static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
