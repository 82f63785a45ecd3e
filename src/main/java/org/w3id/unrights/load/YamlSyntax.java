package org.w3id.unrights.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML syntax error into a line and a field a curator can act on. SnakeYAML marks where it noticed
 * the problem, which for an unclosed bracket or quote is far below the mistake: there the place it opened
 * is the one to fix. The field is the mapping key written on that line, or the nearest one above it.
 */
final class YamlSyntax {
    /** A mapping key at the start of a line, after any list dashes: {@code key:}, {@code - key:}, {@code "key":}. */
    private static final Pattern KEY = Pattern.compile(
            "^\\s*(?:-\\s+)*(?:\"([^\"]+)\"|'([^']+)'|([^\\s#:\"'{\\[\\]}&*!|>%@`,-][^:#]*?|-[^\\s:#][^:#]*?))\\s*:(?:\\s|$)");

    private static final Pattern DOCUMENT_MARKER = Pattern.compile("(---|\\.\\.\\.)(\\s|$)");

    private YamlSyntax() {}

    record Located(int line, String field, String message) {}

    static Located locate(MarkedYAMLException e, List<String> lines) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        boolean opened = context != null && e.getContext() != null
                && (e.getContext().contains("flow") || e.getContext().contains("quoted scalar"));
        Mark at = opened ? context : problem != null ? problem : context;
        int line = at == null ? 0 : at.getLine() + 1;
        // Contexts that are not "while ..." are the first half of the sentence ("expected a single document").
        boolean sentence = e.getContext() != null && !e.getContext().startsWith("while");
        String message = "not valid YAML: " + (sentence ? e.getContext() + ", " : "") + e.getProblem();
        if (opened && problem != null && problem.getLine() != context.getLine()) {
            message += " at line " + (problem.getLine() + 1) + "; the " + opening(e.getContext()) + " it is inside starts here";
        }
        return new Located(line, line == 0 ? null : fieldAt(lines, line).orElse(null), message);
    }

    private static String opening(String context) {
        return context.contains("flow sequence") ? "[ list"
                : context.contains("flow mapping") ? "{ mapping"
                : context.contains("quoted scalar") ? "quoted text"
                : "bracket";
    }

    /** The key on {@code line} (counted from 1), or the nearest key above it. */
    static Optional<String> fieldAt(List<String> lines, int line) {
        if (line >= 1 && line <= lines.size() && DOCUMENT_MARKER.matcher(lines.get(line - 1)).lookingAt()) {
            return Optional.empty(); // a "---" or "..." line belongs to no field
        }
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            Matcher m = KEY.matcher(lines.get(i));
            if (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                return Optional.of(key.strip());
            }
        }
        return Optional.empty();
    }
}
