package org.w3id.unrights.load;

import org.apache.jena.graph.NodeFactory;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code reference/sources.yaml}: the public references (ISO 3166-1, UN M49, Wikidata …) that reference
 * tables take codes and names from, each described in the reference graph so that a statement there can
 * name where it comes from ({@code dct:source}).
 */
public final class PublicReferenceLoader implements SectionLoader {
    @Override
    public String section() {
        return "sources";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.SOURCE, item, "key").ifPresent(reference -> {
            out.add(reference, Std.rdfType, Std.dctBibliographicResource);
            if (item.required("title") != null) {
                out.english(reference, Std.dctTitle, item, "title");
                out.english(reference, Std.rdfsLabel, item, "title");
            }
            out.text(reference, Std.dctPublisher, item, "publisher");
            String url = item.required("url");
            if (url != null) {
                if (url.matches("https://[^\\s<>\"]+")) {
                    out.add(reference, Std.foafPage, NodeFactory.createURI(url));
                } else {
                    item.error("url", "'" + url + "' is not an https address");
                }
            }
            out.english(reference, Unr.summary, item, "summary");
        });
    }
}
