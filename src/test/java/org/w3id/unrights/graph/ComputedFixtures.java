package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.Fixtures;

/** Small graphs for the tests of the values computed at build, written in Turtle with the prefixes they share. */
final class ComputedFixtures {
    private ComputedFixtures() {}

    /** {@code body} parsed as Turtle, with {@code ex:} for {@code id/source/} and {@code ref:} for {@code id/reference/}. */
    static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix unr: <https://w3id.org/un-rights/ontology#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix org: <http://www.w3.org/ns/org#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix ex: <https://w3id.org/un-rights/id/source/> .
                @prefix ref: <https://w3id.org/un-rights/id/reference/> .
                """ + body, Lang.TURTLE).parse(g);
        return g;
    }

    /** The shipped shapes' report on {@code bad}, which must not conform, as text to look for messages in. */
    static String violations(Graph bad) {
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Fixtures.shippedGraph().shapes()), bad);
        assertFalse(report.conforms());
        return report.getEntries().toString();
    }
}
