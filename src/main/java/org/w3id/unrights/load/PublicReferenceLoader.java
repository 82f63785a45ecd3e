package org.w3id.unrights.load;

import java.util.Set;

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
    public Section layout() {
        return Section.things("sources", Unr.PublicReference, Set.of("key", "title", "publisher", "url", "summary"));
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(out.kinds().get("source"), item, "key").ifPresent(reference -> {
            out.add(reference, Std.rdfType, Unr.PublicReference);
            String title = item.required("title");
            if (title != null) {
                out.add(reference, Std.dctTitle, NodeFactory.createLiteralLang(title, "en"));
                out.add(reference, Std.rdfsLabel, NodeFactory.createLiteralLang(title, "en"));
            }
            item.text("publisher").ifPresent(p -> out.add(reference, Std.dctPublisher, NodeFactory.createLiteralString(p)));
            String url = item.required("url");
            if (url != null) {
                if (url.matches("https://[^\\s<>\"]+")) {
                    out.add(reference, Std.foafPage, NodeFactory.createURI(url));
                } else {
                    item.error("url", "'" + url + "' is not an https address");
                }
            }
            item.text("summary").ifPresent(s -> out.add(reference, Unr.summary, NodeFactory.createLiteralLang(s, "en")));
        });
    }
}
