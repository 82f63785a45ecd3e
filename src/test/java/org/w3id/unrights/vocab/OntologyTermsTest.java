package org.w3id.unrights.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;

/**
 * The Java constants name terms the ontology defines, so code cannot write an undefined term: every
 * {@link Unr} constant is a defined, labelled term of the right kind (a class when capitalised, a property
 * otherwise), and every {@link Std} constant outside RDF, RDFS and OWL is declared among the external terms.
 */
class OntologyTermsTest {
    static final Set<Node> PROPERTY_TYPES = Set.of(
            OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode());
    static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = Fixtures.ontologyGraph();
    }

    @Test
    void everyUnrConstantIsDefinedWithALabel() {
        List<Node> undefined = constants(Unr.class).stream()
                .filter(term -> !ontology.contains(term, Std.rdfType, Node.ANY) || !ontology.contains(term, Std.rdfsLabel, Node.ANY))
                .toList();
        assertEquals(List.of(), undefined);
    }

    @Test
    void capitalisedConstantsAreClassesAndTheOthersProperties() {
        List<Node> wrongKind = constants(Unr.class).stream().filter(term -> {
            boolean isClass = Character.isUpperCase(term.getURI().charAt(Unr.NS.length()));
            return isClass ? !ontology.contains(term, Std.rdfType, OWL.Class.asNode())
                    : PROPERTY_TYPES.stream().noneMatch(type -> ontology.contains(term, Std.rdfType, type));
        }).toList();
        assertEquals(List.of(), wrongKind);
    }

    @Test
    void everyStandardConstantIsDeclaredInTheOntology() {
        List<Node> standard = constants(Std.class);
        assertTrue(standard.size() > 10);
        List<Node> undeclared = standard.stream()
                .filter(term -> !term.getURI().startsWith(Std.RDF) && !term.getURI().startsWith(Std.RDFS) && !term.getURI().startsWith(Std.OWL))
                .filter(term -> !ontology.contains(term, Std.rdfType, Node.ANY))
                .toList();
        assertEquals(List.of(), undeclared, "declare these among the external terms of ontology/un-rights.ttl");
    }

    /** The public static Node constants of a vocabulary class. */
    private static List<Node> constants(Class<?> vocabulary) {
        List<Node> terms = new ArrayList<>();
        for (Field field : vocabulary.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                try {
                    terms.add((Node) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return terms;
    }
}
