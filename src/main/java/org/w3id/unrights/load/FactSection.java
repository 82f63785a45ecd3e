package org.w3id.unrights.load;

import java.util.Set;

/**
 * A section of a source file whose items are facts with nothing irregular: a key, and the fields the shape of
 * the kind's class declares ({@code roles}, {@code documents}, {@code events}, {@code statements},
 * {@code positions}). A new kind of fact of this sort needs a line in {@link DataLoader}, not a class.
 */
record FactSection(String section, Kind kind) implements SectionLoader {
    @Override
    public Section layout() {
        return Section.facts(section, kind.type(), Set.of("key"));
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(kind, item, "key").ifPresent(node -> out.fact(node, kind.type(), item, layout().own()));
    }
}
