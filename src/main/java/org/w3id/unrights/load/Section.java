package org.w3id.unrights.load;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * The layout of one section of the data files: the class of its items (whose shape declares their fields),
 * whether they are facts of a source, the fields the section's own code reads rather than the generic
 * writer, and the sections nested in its items (a resolution's {@code paragraphs}).
 */
public record Section(String name, Node type, boolean fact, Set<String> own, List<Section> nested) {
    public static Section facts(String name, Node type, Set<String> own, Section... nested) {
        return new Section(name, type, true, own, List.of(nested));
    }

    public static Section things(String name, Node type, Set<String> own) {
        return new Section(name, type, false, own, List.of());
    }
}
