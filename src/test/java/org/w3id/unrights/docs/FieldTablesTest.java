package org.w3id.unrights.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.load.CuratedDataLoader;
import org.w3id.unrights.load.FieldMap;
import org.w3id.unrights.load.FieldTables;
import org.w3id.unrights.load.KindMap;
import org.w3id.unrights.ontology.OntologyTables;

/**
 * The field tables of docs/ONTOLOGY.md and data/README.md are generated from the shapes: each lies between a
 * begin and an end marker and must equal what {@link FieldTables} writes now. After changing a shape, rewrite
 * them with {@code mvn test -Dtest=FieldTablesTest -Ddocs.update=true} and review the diff.
 */
class FieldTablesTest {
    static final boolean UPDATE = Boolean.getBoolean("docs.update");

    static FieldTables tables() {
        Problems problems = new Problems();
        Graph ontology = OntologyFiles.ontology(Fixtures.ONTOLOGY, problems);
        Graph shapes = OntologyFiles.shapes(Fixtures.ONTOLOGY, problems);
        problems.throwIfAny();
        return new FieldTables(new FieldMap(shapes, ontology), new CuratedDataLoader(ontology, shapes).layout());
    }

    @Test
    void theOntologyFieldTableIsTheOneTheShapesGive() throws IOException {
        check(Path.of("docs/ONTOLOGY.md"), "field-properties", tables().properties());
    }

    @Test
    void theDataFieldTableIsTheOneTheShapesGive() throws IOException {
        check(Path.of("data/README.md"), "section-fields", tables().sections());
    }

    @Test
    void theClassTableIsTheOneTheOntologyAndShapesGive() throws IOException {
        check(Path.of("docs/ONTOLOGY.md"), "classes", "ontology/un-rights.ttl and ontology/shapes.ttl", ontologyTables().classes());
    }

    @Test
    void theSchemeTableIsTheOneTheVocabulariesGive() throws IOException {
        check(Path.of("docs/ONTOLOGY.md"), "schemes", "ontology/vocabularies.ttl and ontology/themes.ttl", ontologyTables().schemes());
    }

    static OntologyTables ontologyTables() {
        Problems problems = new Problems();
        Graph ontology = OntologyFiles.ontology(Fixtures.ONTOLOGY, problems);
        Graph shapes = OntologyFiles.shapes(Fixtures.ONTOLOGY, problems);
        problems.throwIfAny();
        return new OntologyTables(ontology, KindMap.of(shapes));
    }

    private static void check(Path doc, String name, String table) throws IOException {
        check(doc, name, "ontology/shapes.ttl", table);
    }

    private static void check(Path doc, String name, String source, String table) throws IOException {
        check(doc, name, source, "FieldTablesTest", table);
    }

    /** Checks (or with -Ddocs.update=true rewrites) the table between the markers that {@code by} generates. */
    static void check(Path doc, String name, String source, String by, String table) throws IOException {
        String begin = "<!-- generated " + name + ": from " + source + " by " + by + "; rewrite with -Ddocs.update=true -->\n";
        String end = "<!-- end of generated " + name + " -->";
        String text = Files.readString(doc);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertTrue(from >= 0 && to > from, doc + " needs the markers of the generated table " + name);
        String current = text.substring(from + begin.length(), to);
        if (UPDATE && !current.equals(table)) {
            Files.writeString(doc, text.substring(0, from + begin.length()) + table + text.substring(to));
            return;
        }
        assertEquals(table, current, doc + " is out of date: rewrite its table with -Ddocs.update=true");
    }
}
