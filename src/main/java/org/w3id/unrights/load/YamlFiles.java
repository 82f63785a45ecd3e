package org.w3id.unrights.load;

import java.io.IOException;
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

import org.w3id.unrights.diagnostics.Location;
import org.w3id.unrights.diagnostics.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a data file into an {@link Item} tree. The YAML is composed, not constructed, so that values stay
 * text exactly as written (a date stays "2019-11", not a timestamp) and every node keeps its line.
 */
public final class YamlFiles {
    private YamlFiles() {}

    public static Optional<Item> read(Path file, Problems problems) {
        Optional<String> text = utf8(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML refuses documents over 3 MiB by default; a source with many facts may well be larger.
        options.setCodePointLimit(Integer.MAX_VALUE);
        try {
            Node root = new Yaml(options).compose(new StringReader(text.get()));
            if (root == null) {
                problems.add(Location.of(file), null, "the file is empty: a data file is a mapping of section: list");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(new Location(file, root.getStartMark().getLine() + 1), null,
                        "the file must be a mapping of section: list");
                return Optional.empty();
            }
            return Optional.of(new Item(file, mapping, problems));
        } catch (MarkedYAMLException e) {
            YamlSyntax.Located at = YamlSyntax.locate(e, text.get().lines().toList());
            problems.add(new Location(file, at.line()), at.field(), at.message());
        } catch (ReaderException e) {
            // A character YAML does not allow (a control character): SnakeYAML gives its offset in the text.
            List<String> before = text.get().substring(0, Math.min(e.getPosition(), text.get().length())).lines().toList();
            int line = Math.max(before.size(), 1);
            problems.add(new Location(file, line), YamlSyntax.fieldAt(text.get().lines().toList(), line).orElse(null),
                    "not valid YAML: character U+" + String.format("%04X", e.getCodePoint()) + " is not allowed");
        } catch (YAMLException e) {
            problems.add(Location.of(file), null, "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The file as text; a byte that is not UTF-8 is reported with its line rather than as an I/O failure. */
    private static Optional<String> utf8(Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Location.of(file), null, "cannot be read: " + e.getMessage());
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
            problems.add(new Location(file, line), YamlSyntax.fieldAt(lines, lines.size()).orElse(null),
                    "is not UTF-8 text: save the file as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
