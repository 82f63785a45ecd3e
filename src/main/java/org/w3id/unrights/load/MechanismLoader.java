package org.w3id.unrights.load;

import java.util.Set;

import org.w3id.unrights.vocab.Unr;

/**
 * {@code reference/mechanisms.yaml}: what each mechanism is; when and by whom it was set up are source facts.
 * Its {@code kind}, a concept of the mechanism-kind scheme, also selects its class: the subclass of
 * {@code unr:Mechanism} the ontology ties to that kind, so a new kind of mechanism needs no code here.
 */
public final class MechanismLoader implements SectionLoader {
    @Override
    public String section() {
        return "mechanisms";
    }

    @Override
    public Section layout() {
        return Section.things("mechanisms", Unr.Mechanism, Set.of("key", "kind"));
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.MECHANISM, item, "key").ifPresent(mechanism -> {
            out.kind(mechanism, Unr.mechanismKind, item, "kind", "mechanism-kind");
            out.fields(mechanism, Unr.Mechanism, item, layout().own());
        });
    }
}
