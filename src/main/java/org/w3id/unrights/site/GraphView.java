package org.w3id.unrights.site;

import java.util.List;

/**
 * The page of one named graph: what it holds, how big it is, and the formats it comes in.
 *
 * @param source the source whose facts it holds; null unless {@code kind} is {@link Kind#SOURCE}
 */
public record GraphView(String name, String iri, Kind kind, Link source, long triples, List<Link> formats) implements View {
    /** The three kinds of graph: one source's facts, the ontology with its schemes, the reference data. */
    public enum Kind { SOURCE, ONTOLOGY, COMPUTED, REFERENCE }

    public GraphView {
        formats = List.copyOf(formats);
    }

    @Override
    public String template() {
        return "graph.jte";
    }
}
