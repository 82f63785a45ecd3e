package org.w3id.unrights.cli;

import org.w3id.unrights.export.Dump;
import org.w3id.unrights.graph.OntologyVersion;
import org.apache.jena.graph.NodeFactory;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.site.OntologyDocs;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** format-ontology, check-ontology and the ontology reference that export writes, as an ontology engineer uses them. */
class OntologyCommandsTest extends CommandTesting {
    @TempDir
    Path dir;

    @Test
    void formatOntologyRewritesAnEditedFileAndCheckThenPasses() throws IOException {
        Path ontology = Fixtures.copy(Fixtures.ONTOLOGY, dir.resolve("ontology"));
        Path themes = ontology.resolve("themes.ttl");
        Files.writeString(themes, Files.readString(themes) + "\n<https://w3id.org/un-rights/vocab/theme/a-new-theme> "
                + "a skos:Concept ; skos:inScheme <https://w3id.org/un-rights/vocab/theme> .\n");

        assertEquals(FormatOntologyCommand.NOT_CANONICAL, run("format-ontology", "--check", "--ontology", ontology.toString()));
        assertTrue(err.toString().contains("not canonical: " + themes), err::toString);
        assertEquals(0, run("format-ontology", "--ontology", ontology.toString()), err::toString);
        assertTrue(out.toString().contains("formatted " + themes), out::toString);
        assertTrue(Files.readString(themes).contains("\ntheme:a-new-theme a skos:Concept ;\n    skos:inScheme vocab:theme .\n"));
        assertEquals(0, run("format-ontology", "--check", "--ontology", ontology.toString()), err::toString);
    }

    @Test
    void checkOntologyPassesOnTheShippedFiles() {
        assertEquals(0, run("check-ontology", "--data", Fixtures.MINIMAL.toString()), err::toString);
        assertTrue(out.toString().startsWith("passed: "), out::toString);
    }

    @Test
    void checkOntologyNamesATypoAndFails() throws IOException {
        Path ontology = Fixtures.copy(Fixtures.ONTOLOGY, dir.resolve("ontology"));
        Path shapes = ontology.resolve("shapes.ttl");
        Files.writeString(shapes, Files.readString(shapes).replace("sh:path unr:roleTitle ;", "sh:path unr:roleTittle ;"));

        assertEquals(CheckOntologyCommand.PROBLEMS,
                run("check-ontology", "--data", Fixtures.MINIMAL.toString(), "--ontology", ontology.toString()));
        assertTrue(err.toString().contains("undefined-term: unr:roleTittle"), err::toString);
    }

    @Test
    void exportWritesTheOntologyReferenceBesideTheDumps() throws IOException {
        Path target = dir.resolve("dumps");
        assertEquals(0, run("export", "--data", Fixtures.MINIMAL.toString(), "--out", target.toString()), err::toString);
        String page = Files.readString(target.resolve(OntologyDocs.HTML_FILE));
        assertTrue(page.startsWith("<!DOCTYPE html>"), "an HTML page");
        assertEquals("unr:State", Jsoup.parse(page).selectFirst("section#classes article[id=State] h3 code").text(), "the reference page");
        Graph turtle = RDFDataMgr.loadGraph(target.resolve(Dump.ONTOLOGY.fileName()).toString());
        assertTrue(turtle.contains(Unr.State, Std.rdfType, OWL.Class.asNode()));
        assertTrue(turtle.contains(Node.ANY, Std.skosInScheme, Ids.scheme("stance")), "the concept schemes come with it");
        assertTrue(turtle.contains(NodeFactory.createURI(Unr.ONTOLOGY_IRI), OWL.versionInfo.asNode(),
                NodeFactory.createLiteralString(OntologyVersion.current())), "the version is stamped in the published file");
        try (var files = Files.list(target)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".ttl") && !n.equals(Dump.ONTOLOGY.fileName()) && Dump.byFileName(n).isEmpty()).toList(),
                    "one published Turtle of the ontology, no second one beside it");
        }
    }

    @Test
    void bothHaveHelp() {
        for (String command : new String[] {"format-ontology", "check-ontology"}) {
            assertEquals(0, run(command, "--help"));
            assertTrue(out.toString().contains("Usage: un-rights-graph " + command), out::toString);
        }
    }
}
