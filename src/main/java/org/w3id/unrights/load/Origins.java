package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.w3id.unrights.diagnostics.FilePosition;

/**
 * Where in the data each node and each of its values came from: the item that made the node, and for each
 * property the YAML field and line that gave its values. A SHACL result names a node and a property; this
 * turns it back into the file, line and field a curator must fix.
 */
public final class Origins {
    /** One value of a property, as the data gave it. */
    public record Field(String name, FilePosition location, Node value) {}

    private final Map<Node, FilePosition> nodes = new HashMap<>();
    private final Map<Node, Map<Node, List<Field>>> fields = new HashMap<>();
    /** The field each property is read from, for reporting a property that has no value at all. */
    private final Map<Node, String> fieldNames = new HashMap<>();

    /** Records the item that first made {@code node}; a later item describing it again does not move it. */
    void node(Node node, FilePosition location) {
        nodes.putIfAbsent(node, location);
    }

    void field(Node node, Node property, Node value, String field, FilePosition location) {
        fields.computeIfAbsent(node, n -> new LinkedHashMap<>())
                .computeIfAbsent(property, p -> new ArrayList<>())
                .add(new Field(field, location, value));
        fieldNames.putIfAbsent(property, field);
    }

    public Optional<FilePosition> of(Node node) {
        return Optional.ofNullable(nodes.get(node));
    }

    /** Every value the data gave {@code node} for {@code property}, in the order they were read. */
    public List<Field> fields(Node node, Node property) {
        return fields.getOrDefault(node, Map.of()).getOrDefault(property, List.of());
    }

    /** The YAML field {@code property} is read from anywhere in the data, if any item gave it. */
    public Optional<String> fieldName(Node property) {
        return Optional.ofNullable(fieldNames.get(property));
    }
}
