package org.w3id.unrights.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * One of our terms placed under (or equated with) a term of a standard vocabulary: what lets a tool that
 * knows only PROV-O, ORG, FOAF, Dublin Core, schema.org or Popolo read our data.
 *
 * @param relation how they relate, in words: {@code sub-class of}, {@code sub-property of}, {@code same class as},
 *                 {@code same property as}
 */
public record Alignment(Node term, String relation, Node standard) {
    private static final Map<Node, String> RELATIONS = Map.of(
            RDFS.subClassOf.asNode(), "sub-class of",
            RDFS.subPropertyOf.asNode(), "sub-property of",
            OWL.equivalentClass.asNode(), "same class as",
            OWL.equivalentProperty.asNode(), "same property as");

    /** Every alignment the ontology states, sorted by our term, then the standard term. */
    public static List<Alignment> of(Graph ontology) {
        List<Alignment> alignments = new ArrayList<>();
        RELATIONS.forEach((predicate, relation) -> ontology.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Unr.NS)
                    && t.getObject().isURI() && !t.getObject().getURI().startsWith(Ids.BASE)) {
                alignments.add(new Alignment(t.getSubject(), relation, t.getObject()));
            }
        }));
        alignments.sort(Comparator.comparing((Alignment a) -> a.term().getURI()).thenComparing(a -> a.standard().getURI()));
        return alignments;
    }
}
