package org.w3id.unrights.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.diagnostics.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a data file into an {@link Item} tree. The YAML is composed, not constructed, so that values stay
 * text exactly as written (a date stays "2019-11", not a timestamp) and every node keeps its line.
 * <p>
 * What cannot be data is refused with its file and line before it costs much to read: a file larger than
 * {@link #MAX_FILE_BYTES} (no more of it is read), a line longer than any value may be (before the YAML is
 * parsed), a value longer than {@link #MAX_SCALAR_CHARS}, a field name longer than {@link #MAX_FIELD_NAME_CHARS}
 * and a {@code key} longer than {@link #MAX_KEY_CHARS} (it would become an IRI that long); and a value with a
 * control character that XML cannot carry, which YAML lets in by a quoted escape.
 */
public final class YamlFiles {
    /** Largest data file: a source's facts fill tens of kilobytes; a data set belongs in {@code datasets/}. */
    public static final int MAX_FILE_BYTES = 16 << 20;
    /** Longest value: a summary or quotation is a paragraph or two. */
    public static final int MAX_SCALAR_CHARS = 10_000;
    /** Longest field name. */
    public static final int MAX_FIELD_NAME_CHARS = 100;
    /** Longest {@code key}: it becomes part of an IRI; the longest today is under 50 characters. */
    public static final int MAX_KEY_CHARS = 200;
    /** C0 control characters other than tab and line breaks: a quoted escape ("\\b") lets them into a value. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    /** Longest line: a value at its longest, its field name, indentation and quotes. */
    static final int MAX_LINE_CHARS = MAX_SCALAR_CHARS + MAX_FIELD_NAME_CHARS + 100;

    private YamlFiles() {}

    public static Optional<Item> read(Path file, Problems problems) {
        Optional<String> text = utf8(file, problems);
        if (text.isEmpty() || !linesFit(file, text.get(), problems)) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML refuses documents over 3 MiB by default; the file's size was checked above.
        options.setCodePointLimit(Integer.MAX_VALUE);
        try {
            Node root = new Yaml(options).compose(new StringReader(text.get()));
            if (root == null) {
                problems.add(FilePosition.of(file), null, "the file is empty: a data file is a mapping of section: list");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(new FilePosition(file, root.getStartMark().getLine() + 1), null,
                        "the file must be a mapping of section: list");
                return Optional.empty();
            }
            if (!valuesFit(file, mapping, null, problems)) {
                return Optional.empty();
            }
            return Optional.of(new Item(file, mapping, problems));
        } catch (MarkedYAMLException e) {
            YamlSyntax.Located at = YamlSyntax.locate(e, text.get().lines().toList());
            problems.add(new FilePosition(file, at.line()), at.field(), at.message());
        } catch (ReaderException e) {
            // A character YAML does not allow (a control character): SnakeYAML gives its offset in the text.
            List<String> before = text.get().substring(0, Math.min(e.getPosition(), text.get().length())).lines().toList();
            int line = Math.max(before.size(), 1);
            problems.add(new FilePosition(file, line), YamlSyntax.fieldAt(text.get().lines().toList(), line).orElse(null),
                    "not valid YAML: character U+" + String.format("%04X", e.getCodePoint()) + " is not allowed");
        } catch (YAMLException e) {
            problems.add(FilePosition.of(file), null, "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** False, with the line reported, when a line is longer than any value may be: before the YAML is parsed. */
    private static boolean linesFit(Path file, String text, Problems problems) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    String head = text.substring(start, start + 200);
                    problems.add(new FilePosition(file, line), YamlSyntax.fieldAt(List.of(head), 1).orElse(null),
                            "the line is " + (i - start) + " characters long; a value holds at most " + MAX_SCALAR_CHARS + " characters");
                    return false;
                }
                line++;
                start = i + 1;
            }
        }
        return true;
    }

    /**
     * False, with each place reported, when a value, a field name or a {@code key} is longer than allowed.
     * {@code field} is the field the node is the value of, or null at the top.
     */
    private static boolean valuesFit(Path file, Node node, String field, Problems problems) {
        boolean fit = true;
        if (node instanceof ScalarNode scalar) {
            Matcher control = CONTROL.matcher(scalar.getValue());
            if (control.find()) {
                problems.add(new FilePosition(file, scalar.getStartMark().getLine() + 1), field, "the value holds the control character U+"
                        + String.format("%04X", (int) control.group().charAt(0)) + " (written as an escape), which XML cannot carry: remove it");
                fit = false;
            }
            int length = scalar.getValue().length();
            int max = "key".equals(field) ? MAX_KEY_CHARS : MAX_SCALAR_CHARS;
            if (length > max) {
                problems.add(new FilePosition(file, scalar.getStartMark().getLine() + 1), field, "the value is " + length
                        + " characters long; " + ("key".equals(field) ? "a key, which becomes part of an IRI," : "a value")
                        + " holds at most " + max + " characters");
                fit = false;
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : null;
                if (name != null && name.length() > MAX_FIELD_NAME_CHARS) {
                    problems.add(new FilePosition(file, tuple.getKeyNode().getStartMark().getLine() + 1), null, "a field name is "
                            + name.length() + " characters long; field names are at most " + MAX_FIELD_NAME_CHARS + " characters");
                    fit = false;
                    continue;
                }
                fit &= valuesFit(file, tuple.getValueNode(), name, problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                fit &= valuesFit(file, item, field, problems);
            }
        }
        return fit;
    }

    /**
     * The file as text; a byte that is not UTF-8 is reported with its line rather than as an I/O failure, and a
     * file larger than {@link #MAX_FILE_BYTES} with the line where it passes the limit, no more of it read.
     */
    private static Optional<String> utf8(Path file, Problems problems) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            problems.add(FilePosition.of(file), null, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length > MAX_FILE_BYTES) {
            int line = 1;
            for (int i = 0; i < MAX_FILE_BYTES; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.add(new FilePosition(file, line), null, "the file is larger than " + (MAX_FILE_BYTES >> 20)
                    + " MiB, the most a data file may hold, from this line on: split it, or put a data set under datasets/");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            List<String> lines = out.flip().toString().lines().toList();
            problems.add(new FilePosition(file, line), YamlSyntax.fieldAt(lines, lines.size()).orElse(null),
                    "is not UTF-8 text: save the file as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
