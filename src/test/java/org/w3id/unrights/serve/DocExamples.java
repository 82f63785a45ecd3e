package org.w3id.unrights.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The code examples of docs/QUERYING.md, which the client tests run as written so the guide cannot rot. */
final class DocExamples {
    static final Path QUERYING = Path.of("docs/QUERYING.md");
    /** The address the docs use; the examples are pointed at the test server instead. */
    static final String DOCS_BASE = "http://localhost:3030";

    private DocExamples() {}

    /** The fenced code blocks in {@code language}, in order. */
    static List<String> codeBlocks(String language) throws IOException {
        Matcher blocks = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```").matcher(Files.readString(QUERYING));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }
}
