package org.w3id.unrights.site;

import java.util.List;

/**
 * The page of one resource: its label (whole, never cut: its name, or what it is, never a source's summary), IRI
 * and types, what each source says it is (its summary, as that source's claim), the other formats it comes in,
 * how to cite it, what matters most about it ({@link Highlights}), its facts grouped by the graph (source) that
 * states them, and the links to it from other resources, grouped by their kind, a page at a time.
 *
 * @param claims   each source's summary of the resource, with that source
 * @param citation the data version a citation of the resource names ("UN Rights Graph, data version …"), or null
 */
public record ResourceView(String label, String iri, List<Link> types, List<Claim> claims, List<Link> formats, String citation,
                           Highlights highlights, List<SourceBlock> blocks, List<IncomingGroup> incoming) implements View {
    /** What one source says the resource is, in its summary: that source's claim, shown as such. */
    public record Claim(String text, Attribution attribution) {}

    /**
     * The facts one graph states about the resource.
     *
     * @param name        the heading of the reference and ontology graphs; null for a source's graph
     * @param attribution for a source's graph: the source and the locator into it
     * @param marks       how sure the source is of these facts and what of them was deduced; null when it says nothing
     */
    public record SourceBlock(String graph, String name, Attribution attribution, Marks marks, List<Fact> facts) {
        public SourceBlock {
            facts = List.copyOf(facts);
        }

        /** Where the graph itself is served on this server ({@code /graph/{name}}): the source's facts, whole. */
        public String graphHref() {
            return graph.startsWith(org.w3id.unrights.vocab.Ids.BASE) ? "/" + graph.substring(org.w3id.unrights.vocab.Ids.BASE.length()) : null;
        }

        /** Whether any of the facts is marked as deduced: the source's wording then stands beside those rows. */
        public boolean anyInferred() {
            return facts.stream().anyMatch(Fact::inferred);
        }
    }

    /**
     * What a source graph says of its own facts about the resource, shown beside them rather than as rows.
     *
     * @param certainty     the concept of vocab/certainty, or null (the source's own description has none)
     * @param certaintyKey  its key (stated, attributed, hedged, expected, planned), for styling; null with it
     * @param claimedBy     whose claim the facts are, or null
     * @param inferenceNote how the values marked inferred were deduced, or null
     * @param sourceWording the source's own words for a quantity or time a value was deduced from, or null
     */
    public record Marks(Link certainty, String certaintyKey, Link claimedBy, String inferenceNote, String sourceWording,
                        String conflictNote) {}

    /** Where a fact comes from: the source (a link, or the graph's short name) and the locators, joined. */
    public record Attribution(Link source, String locator) {}

    /**
     * One property with all its values in one graph.
     *
     * @param inferred   the source's graph marks the property's value as deduced (unr:inferredProperty)
     * @param incomplete the source leaves the list open (unr:incompleteProperty)
     */
    public record Fact(Link property, List<Value> values, boolean inferred, boolean incomplete) {
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
     * The links here from resources of one kind: {@code total} of them, this page's {@code rows}, and the pager
     * ({@link Link#pages}, this page without a target) when they take more than one.
     */
    public record IncomingGroup(String kind, String heading, int total, List<Incoming> rows, List<Link> pages) {
        public IncomingGroup {
            rows = List.copyOf(rows);
            pages = List.copyOf(pages);
        }
    }

    public ResourceView {
        types = List.copyOf(types);
        claims = List.copyOf(claims);
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
