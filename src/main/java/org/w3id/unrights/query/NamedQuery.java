package org.w3id.unrights.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query of {@code queries/}: its name (the file name), the title and question from its header comment
 * ({@code # title: …}, {@code # question: …}), whether the landing page shows it ({@code # featured: true}), its
 * text, and its expected result file if there is one.
 */
public record NamedQuery(String name, String title, String question, boolean featured, String text, Path file) {
    private static final Pattern TITLE = Pattern.compile("(?m)^#\\s*title:\\s*(.+)$");
    private static final Pattern QUESTION = Pattern.compile("(?m)^#\\s*question:\\s*(.+)$");
    private static final Pattern FEATURED = Pattern.compile("(?m)^#\\s*featured:\\s*(.+)$");

    public static NamedQuery read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return new NamedQuery(name, header(TITLE, text).orElse(name), header(QUESTION, text).orElse(""),
                    header(FEATURED, text).map(Boolean::parseBoolean).orElse(false), text, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** {@code NAME.expected.csv} beside the query: the answer the sources support, checked by the tests. */
    public Path expectedResult() {
        return file.resolveSibling(name + ".expected.csv");
    }

    private static Optional<String> header(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
