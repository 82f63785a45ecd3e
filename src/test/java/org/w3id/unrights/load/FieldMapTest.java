package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.load.Field.Form;
import org.w3id.unrights.vocab.Unr;

/**
 * The shapes and the loaders agree on the fields of the data files: every field a shape names is written,
 * by the generic writer or by its section's own code, and every field a section's code reads itself is named
 * by a shape. Each direction is shown to fail on a shape that breaks it.
 */
class FieldMapTest {
    static final Graph ONTOLOGY = Fixtures.ontologyGraph();

    static Graph shapes() {
        Problems problems = new Problems();
        Graph shapes = OntologyFiles.shapes(Fixtures.ONTOLOGY, problems);
        problems.throwIfAny();
        return shapes;
    }

    /** What is wrong between the shapes and the loaders' layout: one line per field. */
    static List<String> disagreements(Graph shapes) {
        FieldMap map = new FieldMap(shapes, ONTOLOGY);
        List<String> problems = new ArrayList<>();
        Set<Node> read = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        for (Section section : flat(new CuratedDataLoader(ONTOLOGY, shapes).layout())) {
            read.add(section.type());
            Set<String> named = new TreeSet<>();
            map.fields(section.type()).forEach(f -> named.add(f.name()));
            if (section.fact()) {
                map.factFields().forEach(f -> named.add(f.name()));
            }
            for (Field field : map.fields(section.type())) {
                boolean byOwnCode = section.own().contains(field.name()) || section.fact() && CuratedDataLoader.factOwn().contains(field.name());
                if (field.value().form() == Form.OTHER && !byOwnCode) {
                    problems.add(section.name() + "." + field.name() + ": a shape names it, but no loader can write it");
                }
            }
            Set<String> own = new TreeSet<>(section.own());
            if (section.fact()) {
                own.addAll(CuratedDataLoader.factOwn());
            }
            own.remove("key");
            for (String field : own) {
                if (!named.contains(field)) {
                    problems.add(section.name() + "." + field + ": its loader reads it, but no shape names it");
                }
            }
        }
        for (Node type : map.classes()) {
            if (!read.contains(type)) {
                problems.add(type.getURI() + ": a shape names fields of this class, but no section holds it");
            }
        }
        return problems;
    }

    private static List<Section> flat(List<Section> sections) {
        List<Section> all = new ArrayList<>();
        for (Section s : sections) {
            all.add(s);
            all.addAll(flat(s.nested()));
        }
        return all;
    }

    @Test
    void theShapesAndTheLoadersAgreeOnEveryField() {
        assertEquals(List.of(), disagreements(shapes()));
    }

    @Test
    void aFieldOnlyAShapeKnowsIsReported() {
        Graph shapes = shapes();
        RDFParser.fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX unr: <https://w3id.org/un-rights/ontology#>
                PREFIX unrsh: <https://w3id.org/un-rights/shapes#>
                unrsh:VoteShape sh:property [ sh:path unr:hasBallot ; sh:nodeKind sh:BlankNode ; unrsh:field "tallies" ] .
                """, Lang.TURTLE).parse(shapes);

        List<String> found = disagreements(shapes);

        assertEquals(List.of("votes.tallies: a shape names it, but no loader can write it"), found);
    }

    @Test
    void aFieldOnlyALoaderKnowsIsReported() {
        Graph shapes = GraphFactory.createDefaultGraph();
        shapes().find().forEachRemaining(t -> {
            boolean paragraphs = t.getPredicate().equals(FieldMap.FIELD) && t.getObject().getLiteralLexicalForm().equals("paragraphs");
            if (!paragraphs) {
                shapes.add(t);
            }
        });

        List<String> found = disagreements(shapes);

        assertEquals(List.of("resolutions.paragraphs: its loader reads it, but no shape names it"), found);
    }

    @Test
    void eachFieldTakesItsFormFromItsShape() {
        FieldMap map = new FieldMap(shapes(), ONTOLOGY);
        assertEquals(Form.COUNT, field(map, Unr.MechanismFact, "members").value().form());
        assertEquals(Form.DATE, field(map, Unr.Event, "date").value().form());
        assertEquals("stance", field(map, Unr.Statement, "stance").value().scheme());
        assertEquals(Form.ACTOR, field(map, Unr.Resolution, "sponsors").value().form());
        assertEquals("document", field(map, Unr.Statement, "document").value().kind().path());
        assertEquals(Form.TYPED_REF, field(map, Unr.Statement, "document").value().form(), "a resolution is a document too");
        assertTrue(field(map, Unr.Event, "label").required(), "required although reviews, also events, have none");
        assertTrue(field(map, Unr.Event, "participants").many());
        assertEquals(List.of(NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createURI("http://xmlns.com/foaf/0.1/name")),
                field(map, Unr.Person, "name").paths().stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList());
    }

    private static Field field(FieldMap map, Node type, String name) {
        return map.fields(type).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
