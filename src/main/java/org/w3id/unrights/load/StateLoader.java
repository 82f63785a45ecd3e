package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code reference/states.yaml}: states with their ISO 3166-1 and UN M49 codes. A former state has {@code to},
 * the last year it voted, and may lack the codes ISO never gave it (the Federal Republic of Germany, Zanzibar).
 */
public final class StateLoader implements SectionLoader {
    @Override
    public String section() {
        return "states";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.STATE, item, "key").ifPresent(state -> {
            String key = item.text("key").orElseThrow();
            boolean former = item.has("to");
            out.add(state, Std.rdfType, Unr.State);
            out.label(state, item, "name");
            out.englishList(state, Std.skosAltLabel, item, "altNames");
            if (!former || item.has("alpha2")) {
                out.code(state, Unr.isoAlpha2, item, "alpha2", "[A-Z]{2}", "two capital letters");
            }
            if (!former || item.has("alpha3")) {
                out.code(state, Unr.isoAlpha3, item, "alpha3", "[A-Z]{3}", "three capital letters")
                        .filter(alpha3 -> !alpha3.equals(key.toUpperCase()))
                        .ifPresent(alpha3 -> item.error("alpha3", "'" + alpha3 + "' does not match the key '" + key + "'"));
            }
            if (item.has("iso3166_3")) {
                out.code(state, Unr.isoAlpha4, item, "iso3166_3", "[A-Z]{4}", "four capital letters (ISO 3166-3)");
            }
            if (!former || item.has("m49")) {
                out.code(state, Unr.m49Code, item, "m49", "[0-9]{3}", "three digits, quoted");
            }
            out.date(state, Unr.startDate, item, "from");
            out.date(state, Unr.endDate, item, "to");
            item.text("wikidata").ifPresent(q -> Wikidata.link(state, q, item, out));
        });
    }
}
