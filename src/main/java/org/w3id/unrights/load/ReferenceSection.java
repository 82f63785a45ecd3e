package org.w3id.unrights.load;

import java.util.Set;

/**
 * A reference table whose items have a key and the fields the shape of the kind's class declares, with
 * nothing irregular ({@code persons}).
 */
record ReferenceSection(String section, Kind kind) implements SectionLoader {
    @Override
    public Section layout() {
        return Section.things(section, kind.type(), Set.of("key"));
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(kind, item, "key").ifPresent(node -> out.thing(node, kind.type(), item, layout().own()));
    }
}
