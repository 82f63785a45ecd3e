package org.w3id.unrights.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.w3id.unrights.diagnostics.Location;
import org.w3id.unrights.diagnostics.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a data file into an {@link Item} tree. The YAML is composed, not constructed, so that values stay
 * text exactly as written (a date stays "2019-11", not a timestamp) and every node keeps its line.
 */
public final class YamlFiles {
    private YamlFiles() {}

    public static Optional<Item> read(Path file, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.add(new Location(file, 1), null, "the file is empty");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(new Location(file, root.getStartMark().getLine() + 1), null,
                        "the file must be a mapping of section: list");
                return Optional.empty();
            }
            return Optional.of(new Item(file, mapping, problems));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problems.add(new Location(file, line), null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.add(new Location(file, 1), null, "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            problems.add(new Location(file, 1), null, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }
}
