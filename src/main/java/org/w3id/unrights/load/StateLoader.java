package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** {@code reference/states.yaml}: states with their ISO 3166-1 and UN M49 codes. */
public final class StateLoader implements SectionLoader {
    @Override
    public String section() {
        return "states";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.STATE, item, "key").ifPresent(state -> {
            String key = item.text("key").orElseThrow();
            out.add(state, Std.rdfType, Unr.State);
            out.label(state, item, "name");
            out.englishList(state, Std.skosAltLabel, item, "altNames");
            out.code(state, Unr.isoAlpha2, item, "alpha2", "[A-Z]{2}", "two capital letters");
            out.code(state, Unr.isoAlpha3, item, "alpha3", "[A-Z]{3}", "three capital letters")
                    .filter(alpha3 -> !alpha3.equals(key.toUpperCase()))
                    .ifPresent(alpha3 -> item.error("alpha3", "'" + alpha3 + "' does not match the key '" + key + "'"));
            out.code(state, Unr.m49Code, item, "m49", "[0-9]{3}", "three digits, quoted");
            // the codes and the name come from these public references (reference/sources.yaml)
            out.add(state, Std.dctSource, Ids.id("source", "iso-3166-1"));
            if (item.text("m49").isPresent()) {
                out.add(state, Std.dctSource, Ids.id("source", "un-m49"));
            }
            item.text("wikidata").ifPresent(q -> Wikidata.link(state, q, item, out));
        });
    }
}
