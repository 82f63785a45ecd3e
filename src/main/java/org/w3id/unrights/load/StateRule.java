package org.w3id.unrights.load;

import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code reference/states.yaml}: states with their ISO 3166-1 and UN M49 codes. A former state has {@code to},
 * the last year it voted, and may lack the codes ISO never gave it (the Federal Republic of Germany, Zanzibar).
 * Each code names the public reference it comes from, and the alpha-3 code must agree with the key.
 */
final class StateRule implements KindRule {
    @Override
    public Set<String> fields() {
        return Set.of();
    }

    @Override
    public void apply(Node state, String key, Item item, GraphWriter out) {
        // the codes and the name come from these public references (reference/sources.yaml)
        if (item.text("alpha2").isPresent() || item.text("alpha3").isPresent()) {
            out.add(state, Std.dctSource, Ids.id("source", "iso-3166-1"));
        }
        if (item.text("m49").isPresent()) {
            out.add(state, Std.dctSource, Ids.id("source", "un-m49"));
        }
        if (item.text("iso3166_3").isPresent()) {
            out.add(state, Std.dctSource, Ids.id("source", "iso-3166-3"));
        }
        // a former state's name and its first and last year of voting are read from the roll calls
        if (item.text("to").isPresent()) {
            out.add(state, Std.dctSource, Ids.id("source", "voeten-unga-voting-data"));
        }
        // The key is the alpha-3 code in lower case; a well-formed code that says otherwise is a typo.
        item.text("alpha3")
                .filter(alpha3 -> out.contains(state, Unr.isoAlpha3, NodeFactory.createLiteralString(alpha3)))
                .filter(alpha3 -> !alpha3.equals(key.toUpperCase(Locale.ROOT)))
                .ifPresent(alpha3 -> item.error("alpha3", "'" + alpha3 + "' does not match the key '" + key + "'"));
    }
}
