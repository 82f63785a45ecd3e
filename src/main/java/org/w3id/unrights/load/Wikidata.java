package org.w3id.unrights.load;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;

/** Links to Wikidata, written as {@code owl:sameAs}; a malformed ID is an error, never a dangling link. */
final class Wikidata {
    private Wikidata() {}

    static void link(Node thing, String qid, Item item, GraphWriter out) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            item.error("wikidata", "'" + qid + "' is not a Wikidata item ID (Q followed by digits)");
            return;
        }
        out.add(thing, Std.owlSameAs, Ids.wikidata(qid));
        out.add(thing, Std.dctSource, Ids.id("source", "wikidata"));
    }
}
