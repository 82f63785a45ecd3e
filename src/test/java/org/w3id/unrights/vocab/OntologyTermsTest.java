package org.w3id.unrights.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.load.Problems;

/** Every ontology constant the code uses names a term the ontology defines. */
class OntologyTermsTest {
    @Test
    void everyConstantIsDefinedWithALabel() {
        Problems problems = new Problems();
        Graph ontology = OntologyFiles.ontology(Fixtures.ONTOLOGY, problems);
        problems.throwIfAny();
        List<Node> undefined = Unr.allTerms().stream()
                .filter(term -> !ontology.contains(term, Std.rdfType, Node.ANY)
                        || !ontology.contains(term, Std.rdfsLabel, Node.ANY))
                .toList();
        assertEquals(List.of(), undefined);
    }
}
