package org.w3id.unrights.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** A real OWL reasoner (HermiT) finds the ontology and the data together consistent, and every class satisfiable. */
class ReasonerTest {
    @Test
    void theOntologyAndTheShippedDataAreConsistentAndEveryClassSatisfiable() {
        OwlReasoning.Result result = new OwlReasoning(everything(Fixtures.curatedGraph())).reason();
        assertTrue(result.consistent(), "HermiT finds the ontology and data inconsistent");
        assertEquals(List.of(), result.unsatisfiableClasses());
    }

    /** Every triple is understood as OWL, and all of it is OWL 2 DL but for the date datatypes OWL 2 lacks. */
    @Test
    void theOntologyAndTheShippedDataAreOwl2Dl() {
        OwlReasoning owl = new OwlReasoning(everything(Fixtures.curatedGraph()));
        assertEquals(0, owl.unparsedTriples());
        assertEquals(List.of(), owl.dlViolations());
    }

    @Test
    void anActorTypedBothStateAndPersonMakesTheGraphInconsistent() {
        Graph graph = everything(Fixtures.minimalGraph());
        graph.add(Ids.id("state", "prk"), Std.rdfType, Unr.Person);
        assertFalse(new OwlReasoning(graph).reason().consistent());
    }

    @Test
    void aClassBelowTwoDisjointClassesIsReportedUnsatisfiable() {
        Graph graph = everything(Fixtures.minimalGraph());
        Node broken = NodeFactory.createURI(Unr.NS + "StatePerson");
        graph.add(broken, Std.rdfType, OWL.Class.asNode());
        graph.add(broken, RDFS.subClassOf.asNode(), Unr.State);
        graph.add(broken, RDFS.subClassOf.asNode(), Unr.Person);

        OwlReasoning.Result result = new OwlReasoning(graph).reason();

        assertTrue(result.consistent());
        assertEquals(List.of(broken.getURI()), result.unsatisfiableClasses());
    }

    /** The ontology graph and every data graph in one: what a reasoner should find consistent. */
    private static Graph everything(RightsGraph rights) {
        Graph all = GraphFactory.createDefaultGraph();
        Txn.executeRead(rights.dataset(), () -> rights.dataset().find().forEachRemaining(q -> all.add(q.asTriple())));
        return all;
    }
}
