package org.w3id.unrights.load;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;

/** The SKOS concepts of the ontology's schemes: what a controlled value in the data may be. */
public final class Vocabularies {
    private final Set<Triple> memberships = new HashSet<>();

    public Vocabularies(Graph ontology) {
        ontology.find(Node.ANY, Std.skosInScheme, Node.ANY).forEachRemaining(memberships::add);
    }

    /** The concept {@code vocab/{scheme}/{key}} if it is in that scheme. */
    public Optional<Node> concept(String scheme, String key) {
        Node concept = Ids.concept(scheme, key);
        return memberships.contains(Triple.create(concept, Std.skosInScheme, Ids.scheme(scheme)))
                ? Optional.of(concept) : Optional.empty();
    }
}
