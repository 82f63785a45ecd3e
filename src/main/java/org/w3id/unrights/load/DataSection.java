package org.w3id.unrights.load;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * A section of the data files as a node shape declares it ({@link KindMap}): a reference table
 * ({@code unrsh:table}) or a section of source files ({@code unrsh:section}), the class of its items, the kind
 * they define (none for sections whose items are not keyed things: those need a loader of their own), and
 * the sections nested in its items.
 *
 * @param parentLink for a nested section, the property from the parent item's node to each of its items
 * @param keyField   the field that names an item: {@code key}, or a nested item's field after its parent's key
 */
public record DataSection(String name, Node type, boolean inReferenceTable, Optional<Kind> kind, String keyField,
                          Node parentLink, List<DataSection> nested) {
    public boolean isNested() {
        return parentLink != null;
    }
}
