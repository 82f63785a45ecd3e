package org.w3id.unrights.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.graph.OntologyVersion;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * The version is set once, in the pom property {@code ontology.version}; no source file carries it, the loaded
 * ontology and shapes do, and a new version cannot ship without its history note.
 */
class OntologyVersionTest {
    static final Node ONTOLOGY = NodeFactory.createURI(Unr.ONTOLOGY_IRI);
    static final Node SHAPES = NodeFactory.createURI(Ids.BASE + "shapes");

    @Test
    void noSourceFileStatesAVersion() {
        for (String name : OntologyFiles.ALL) {
            Graph file = RDFDataMgr.loadGraph(Fixtures.ONTOLOGY.resolve(name).toString());
            assertFalse(file.contains(Node.ANY, OWL.versionInfo.asNode(), Node.ANY) || file.contains(Node.ANY, OWL.versionIRI.asNode(), Node.ANY),
                    name + " states a version: remove it, the pom property ontology.version is stamped in at load");
        }
    }

    @Test
    void theBuildKnowsTheVersionFromThePom() {
        assertTrue(OntologyVersion.current().matches("[0-9]+\\.[0-9]+\\.[0-9]+"), OntologyVersion.current());
    }

    @Test
    void theOntologyCarriesThePomVersion() {
        assertCarriesThePomVersion(Fixtures.ontologyGraph(), ONTOLOGY);
    }

    @Test
    void theShapesCarryThePomVersion() {
        Problems problems = new Problems();
        Graph shapes = OntologyFiles.shapes(Fixtures.ONTOLOGY, problems);
        problems.throwIfAny();
        assertCarriesThePomVersion(shapes, SHAPES);
    }

    @Test
    void theHistoryNoteDescribesThisVersion() {
        Graph ontology = Fixtures.ontologyGraph();
        List<Node> history = objects(ontology, ONTOLOGY, SKOS.historyNote.asNode());
        assertEquals(1, history.size(), "one history note");
        assertTrue(history.get(0).getLiteralLexicalForm().contains(OntologyVersion.current() + ":"),
                "the history note says what changed in " + OntologyVersion.current());
    }

    @Test
    void aPriorVersionIsAnEarlierVersionIriOfTheOntology() {
        Graph ontology = Fixtures.ontologyGraph();
        for (Node prior : objects(ontology, ONTOLOGY, OWL.priorVersion.asNode())) {
            String version = prior.getURI().substring((Unr.ONTOLOGY_IRI + "/").length());
            assertTrue(prior.getURI().startsWith(Unr.ONTOLOGY_IRI + "/") && compare(version, OntologyVersion.current()) < 0,
                    prior + " is not an earlier version of " + OntologyVersion.current());
        }
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static List<Node> objects(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    private static void assertCarriesThePomVersion(Graph graph, Node header) {
        assertEquals(List.of(NodeFactory.createLiteralString(OntologyVersion.current())), objects(graph, header, OWL.versionInfo.asNode()),
                "the version is stamped into every ontology header as the files are loaded");
        assertEquals(List.of(OntologyVersion.versionIri(header)), objects(graph, header, OWL.versionIRI.asNode()));
    }

}
