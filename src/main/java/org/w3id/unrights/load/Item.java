package org.w3id.unrights.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.diagnostics.Problems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a data file, read field by field with its line numbers kept. Every field a loader
 * reads is marked; {@link #finish()} reports the fields nobody read, so a misspelt field name is an error
 * rather than a silently dropped fact.
 */
public final class Item {
    private final Path file;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();
    private boolean abandoned;

    Item(Path file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(locationOf(tuple.getKeyNode()), null, "field names must be plain text");
                continue;
            }
            NodeTuple first = fields.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                problems.add(locationOf(key), key.getValue(),
                        "appears twice in the same item, first at line " + locationOf(first.getKeyNode()).line());
            }
        }
    }

    public FilePosition location() {
        return locationOf(node);
    }

    public FilePosition location(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple == null ? location() : locationOf(tuple.getValueNode());
    }

    public Path file() {
        return file;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The names of the fields this item gives, in the order written. */
    public Set<String> fieldNames() {
        return fields.keySet();
    }

    /** Marks fields as read that a later step reads, so {@link #finish()} does not report them first. */
    void readLater(String... names) {
        read.addAll(List.of(names));
    }


    /** Records an error about a field of this item. */
    public void error(String field, String message) {
        problems.add(location(field), field, message);
    }

    /** A plain text value, if present. */
    public Optional<String> text(String field) {
        NodeTuple tuple = fields.get(field);
        read.add(field);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            // A bare ~ or null is YAML's "no value", not the text "null".
            if (value.isEmpty() || scalar.getTag().equals(Tag.NULL)) {
                error(field, "is empty");
                return Optional.empty();
            }
            return Optional.of(value);
        }
        error(field, "must be a single value, not a list or mapping");
        return Optional.empty();
    }

    /** A text value that must be present; records an error and returns null when it is not. */
    /** The field as a whole number, or an error naming the field. */
    public Optional<Long> integer(String field) {
        return text(field).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                error(field, "'" + value + "' is not a whole number");
                return Optional.empty();
            }
        });
    }

    public String required(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty() && !fields.containsKey(field)) {
            problems.add(location(), field, "is required");
        }
        return value.orElse(null);
    }

    /** A list of plain values; a single value is taken as a list of one. */
    public List<String> texts(String field) {
        NodeTuple tuple = fields.get(field);
        read.add(field);
        List<String> values = new ArrayList<>();
        if (tuple == null) {
            return values;
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            values.add(scalar.getValue().strip());
        } else if (value instanceof SequenceNode sequence) {
            for (Node element : sequence.getValue()) {
                if (element instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    values.add(scalar.getValue().strip());
                } else {
                    problems.add(locationOf(element), field, "list entries must be plain values");
                }
            }
        } else {
            error(field, "must be a value or a list of values");
        }
        return values;
    }

    /** A list of nested items (mappings). */
    public List<Item> items(String field) {
        NodeTuple tuple = fields.get(field);
        read.add(field);
        List<Item> items = new ArrayList<>();
        if (tuple == null) {
            return items;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            error(field, "must be a list");
            return items;
        }
        for (Node element : sequence.getValue()) {
            if (element instanceof MappingNode mapping) {
                items.add(new Item(file, mapping, problems));
            } else {
                problems.add(locationOf(element), field, "list entries must be mappings of field: value");
            }
        }
        return items;
    }

    /** A nested mapping that must be present. */
    public Optional<Item> item(String field) {
        NodeTuple tuple = fields.get(field);
        read.add(field);
        if (tuple == null) {
            problems.add(location(), field, "is required");
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new Item(file, mapping, problems));
        }
        error(field, "must be a mapping of field: value");
        return Optional.empty();
    }

    /**
     * Stops checking this item: its key was rejected, so its other fields were not read and reporting them
     * as unknown would only bury the real error.
     */
    public void abandon() {
        abandoned = true;
    }

    /** Reports every field of this item that no loader read. */
    public void finish() {
        if (abandoned) {
            return;
        }
        for (String name : fields.keySet()) {
            if (!read.contains(name)) {
                problems.add(locationOf(fields.get(name).getKeyNode()), name, "unknown field");
            }
        }
    }

    private FilePosition locationOf(Node n) {
        return new FilePosition(file, n.getStartMark().getLine() + 1);
    }
}
