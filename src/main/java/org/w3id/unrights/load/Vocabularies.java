package org.w3id.unrights.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The SKOS concepts of the ontology's schemes: what a controlled value in the data may be; and, for a kind
 * that selects a class, the class that names it with {@code unr:kindConcept}.
 */
public final class Vocabularies {
    private final Set<Triple> memberships = new HashSet<>();
    private final Map<Node, Node> classOfKind = new HashMap<>();

    public Vocabularies(Graph ontology) {
        ontology.find(Node.ANY, Std.skosInScheme, Node.ANY).forEachRemaining(memberships::add);
        ontology.find(Node.ANY, Unr.kindConcept, Node.ANY).forEachRemaining(t -> classOfKind.put(t.getObject(), t.getSubject()));
    }

    /** The concept {@code vocab/{scheme}/{key}} if it is in that scheme. */
    public Optional<Node> concept(String scheme, String key) {
        Node concept = Ids.concept(scheme, key);
        return memberships.contains(Triple.create(concept, Std.skosInScheme, Ids.scheme(scheme)))
                ? Optional.of(concept) : Optional.empty();
    }

    /** Whether the concepts of {@code scheme} name classes ({@code unr:kindConcept}): a mechanism's kind does. */
    public boolean namesClasses(String scheme) {
        Node in = Ids.scheme(scheme);
        return classOfKind.keySet().stream().anyMatch(c -> memberships.contains(Triple.create(c, Std.skosInScheme, in)));
    }

    /** The class whose instances have {@code kind} as their kind. */
    public Optional<Node> classOf(Node kind) {
        return Optional.ofNullable(classOfKind.get(kind));
    }
}
