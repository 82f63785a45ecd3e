package org.w3id.unrights.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3id.unrights.rdf.CanonicalTurtle;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.graph.OntologyFiles;

/** The ontology files are in the one canonical layout, and the formatter that keeps them so is stable. */
class CanonicalTurtleTest {
    static final List<String> FILES = OntologyFiles.ALL;

    @TempDir
    Path dir;

    @Test
    void theShippedFilesAreCanonical() {
        assertEquals(List.of(), new OntologyFormatter(Fixtures.ONTOLOGY).nonCanonical(),
                "run: java -jar target/un-rights-graph.jar format-ontology");
    }

    /** Whatever the layout of the input, the same triples and opening comment give the same text. */
    @ParameterizedTest
    @FieldSource("FILES")
    void theLayoutOfTheInputDoesNotMatter(String name) throws IOException {
        Path file = Fixtures.ONTOLOGY.resolve(name);
        String canonical = Files.readString(file);
        Graph graph = parse(canonical);
        StringWriter other = new StringWriter();
        RDFDataMgr.write(other, graph, RDFFormat.TURTLE_FLAT);
        String relaidOut = String.join("\n", OntologyFormatter.header(canonical)) + "\n" + other;

        assertEquals(canonical, OntologyFormatter.format(relaidOut, file));
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void formattingKeepsEveryTriple(String name) throws IOException {
        Path file = Fixtures.ONTOLOGY.resolve(name);
        String text = Files.readString(file);
        assertTrue(parse(text).isIsomorphicWith(parse(OntologyFormatter.format(text, file))));
    }

    @Test
    void aMisplacedTermIsReportedThenFixed() throws IOException {
        Path ontology = Fixtures.copy(Fixtures.ONTOLOGY, dir.resolve("ontology"));
        Path file = ontology.resolve("un-rights.ttl");
        Files.writeString(file, Files.readString(file) + "\nunr:Zebra a owl:Class ; rdfs:label \"Zebra\"@en .\n");
        OntologyFormatter formatter = new OntologyFormatter(ontology);

        assertEquals(List.of(file), formatter.nonCanonical());
        assertEquals(List.of(file), formatter.formatAll());
        assertEquals(List.of(), formatter.nonCanonical());
        String text = Files.readString(file);
        assertTrue(text.indexOf("unr:Zebra") < text.indexOf("# Object properties"), "a class goes with the classes");
    }

    @Test
    void formattingWritesNoVersion() {
        String header = "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<https://w3id.org/un-rights/ontology> a owl:Ontology .\n";

        String formatted = OntologyFormatter.format(header, dir.resolve("x.ttl"));

        assertTrue(!formatted.contains("owl:versionInfo") && !formatted.contains("owl:versionIRI"), formatted);
    }

    @Test
    void theOpeningCommentIsKeptAndOtherCommentsAreNot() {
        String text = "# Opening comment.\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "# Second opening line, after the prefixes.\n<http://example.org/a> rdfs:label \"a\" .\n# a stray comment\n";

        String formatted = OntologyFormatter.format(text, dir.resolve("x.ttl"));

        assertEquals("# Opening comment.\n# Second opening line, after the prefixes.\n\n"
                + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\n"
                + "# " + "-".repeat(105) + "\n# External terms\n# " + "-".repeat(105) + "\n\n"
                + "<http://example.org/a> rdfs:label \"a\" .\n", formatted);
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() {
        Path file = dir.resolve("broken.ttl");
        DataException e = assertThrows(DataException.class,
                () -> OntologyFormatter.format("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<http://example.org/a> rdfs:label .\n", file));
        assertTrue(e.getMessage().contains(file + ":2"), e.getMessage());
    }

    @Test
    void aBlankNodeUsedTwiceIsRefusedRatherThanDuplicated() {
        Graph graph = GraphFactory.createDefaultGraph();
        var shared = NodeFactory.createBlankNode();
        graph.add(NodeFactory.createURI("urn:a"), RDFS.seeAlso.asNode(), shared);
        graph.add(NodeFactory.createURI("urn:b"), RDFS.seeAlso.asNode(), shared);
        graph.add(shared, RDF.Nodes.type, RDFS.Resource.asNode());
        assertThrows(IllegalArgumentException.class, () -> CanonicalTurtle.write(graph, List.of(), graph.getPrefixMapping()));
    }

    private static Graph parse(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }
}
