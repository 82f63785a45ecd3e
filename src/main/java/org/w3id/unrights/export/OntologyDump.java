package org.w3id.unrights.export;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.w3id.unrights.rdf.CanonicalTurtle;

/**
 * The one published Turtle of the ontology ({@link Dump#ONTOLOGY}): the graph {@code graph/ontology} (the
 * ontology and its concept schemes, version stamped at load) in the canonical layout of the source files, so
 * that it reads like them. Written by the export and served as it is at {@code /ontology} for Turtle.
 */
public final class OntologyDump {
    private static final List<String> HEADER = List.of(
            "# The UN Rights Graph ontology with its concept schemes: ontology/un-rights.ttl, vocabularies.ttl and",
            "# themes.ttl in one graph. The reference for people is https://w3id.org/un-rights/ontology in a browser.");

    private OntologyDump() {}

    /** @param ontology the ontology graph, as loaded */
    public static String turtle(Graph ontology) {
        return CanonicalTurtle.write(ontology, HEADER, ontology.getPrefixMapping());
    }
}
