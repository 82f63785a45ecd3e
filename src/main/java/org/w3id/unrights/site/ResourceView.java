package org.w3id.unrights.site;

import java.util.List;

/**
 * The page of one resource: its label (whole, never cut), IRI and types, the other formats it comes in, what
 * matters most about it ({@link Highlights}), its facts grouped by the graph (source) that states them, and
 * the links to it from other resources, grouped by their kind, a page at a time.
 */
public record ResourceView(String label, String iri, List<Link> types, List<Link> formats, Highlights highlights,
                           List<SourceBlock> blocks, List<IncomingGroup> incoming) implements View {
    /**
     * The facts one graph states about the resource.
     *
     * @param name        the heading of the reference and ontology graphs; null for a source's graph
     * @param attribution for a source's graph: the source and the locator into it
     */
    public record SourceBlock(String graph, String name, Attribution attribution, List<Fact> facts) {
        public SourceBlock {
            facts = List.copyOf(facts);
        }
    }

    /** Where a fact comes from: the source (a link, or the graph's short name) and the locators, joined. */
    public record Attribution(Link source, String locator) {}

    /** One property with all its values in one graph. */
    public record Fact(Link property, List<Value> values) {
        public Fact {
            values = List.copyOf(values);
        }
    }

    /**
     * One value: a link to a resource, or a literal's text, shown as a quotation for {@code unr:quotation},
     * with its datatype's short name when it is not a plain string.
     */
    public record Value(Link link, boolean quotation, String datatype) {}

    /** A resource that links here, as which property, according to which source. */
    public record Incoming(Link subject, Link property, Attribution attribution) {}

    /**
     * The links here from resources of one kind: {@code total} of them, this page's {@code rows}, and a link to
     * each page of them (this one without a target) when they take more than one.
     */
    public record IncomingGroup(String kind, String heading, int total, List<Incoming> rows, List<Link> pages) {
        public IncomingGroup {
            rows = List.copyOf(rows);
            pages = List.copyOf(pages);
        }
    }

    public ResourceView {
        types = List.copyOf(types);
        formats = List.copyOf(formats);
        highlights = highlights == null ? Highlights.NONE : highlights;
        blocks = List.copyOf(blocks);
        incoming = List.copyOf(incoming);
    }

    @Override
    public String template() {
        return "resource.jte";
    }
}
