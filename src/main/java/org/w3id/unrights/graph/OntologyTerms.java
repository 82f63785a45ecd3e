package org.w3id.unrights.graph;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.setup.ConfigRDFS;

/**
 * The ontology's class and property hierarchy as the values computed at build read it: what is above a class, and
 * which properties and classes fall under a term. It is the hierarchy the query view applies ({@link QueryView}),
 * set up by Jena's RDFS from the same axioms, so that a computation counts subproperties and subclasses with their
 * broader terms as {@code /sparql} does.
 */
final class OntologyTerms {
    private final ConfigRDFS<Node> hierarchy;

    OntologyTerms(Graph ontology) {
        this.hierarchy = RDFSFactory.setupRDFS(QueryView.vocabulary(ontology));
    }

    /** Every class above {@code type} (not itself, unless the links go round). */
    Set<Node> superClassesOf(Node type) {
        return hierarchy.getSuperClasses(type);
    }

    /** {@code property} and every property under it. */
    Set<Node> withNarrowerProperties(Node property) {
        return withItself(property, hierarchy.getSubProperties(property));
    }

    /** {@code type} and every class under it. */
    Set<Node> withNarrowerClasses(Node type) {
        return withItself(type, hierarchy.getSubClasses(type));
    }

    /** Jena's sets "including itself" are empty for a term outside the hierarchy; this one always holds it. */
    private static Set<Node> withItself(Node term, Set<Node> narrower) {
        Set<Node> all = new HashSet<>(narrower);
        all.add(term);
        return all;
    }
}
