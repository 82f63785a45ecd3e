package org.w3id.unrights.load;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code mechanismFacts}: what one passage of a source says about a mechanism — who set it up, when, over
 * which period, how it is renewed, how many members it has. Each item is a fact node of its own, so its
 * locator points at the passage that states it; the mechanism itself stays as the reference table defines it.
 */
public final class MechanismFactLoader implements SectionLoader {
    @Override
    public String section() {
        return "mechanismFacts";
    }

    @Override
    public Section layout() {
        return Section.facts("mechanismFacts", Unr.MechanismFact, Set.of("mechanism"));
    }

    @Override
    public void load(Item item, GraphWriter out) {
        String mechanismKey = item.required("mechanism");
        String locator = item.text("locator").orElse(null);
        out.subject(item, "mechanism", out.kinds().get("mechanism")).ifPresentOrElse(mechanism -> {
            if (locator == null) {
                item.required("locator");
                item.abandon(); // without its passage the fact has no node: its other fields are not read
                return;
            }
            Node fact = iri(out.sourceKey(), mechanismKey, locator);
            out.fact(fact, Unr.MechanismFact, item, layout().own());
            out.add(fact, Unr.describes, mechanism);
        }, item::abandon);
    }

    /**
     * {@code id/mechanism-fact/{source}/{mechanism}/{locator}}: built from the source, the mechanism and the
     * passage, the stable values that identify what is said where. Two items on the same mechanism and
     * passage of one source (however the locator is spelt) would be one node: {@link GraphWriter#fact} refuses
     * the second, naming both.
     */
    static Node iri(String sourceKey, String mechanismKey, String locator) {
        return Ids.id("mechanism-fact", sourceKey + "/" + mechanismKey + "/" + LocatorKey.key(locator));
    }
}
