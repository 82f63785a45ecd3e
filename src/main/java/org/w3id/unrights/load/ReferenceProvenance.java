package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Says where each thing of the reference tables comes from: every state, body, person and mechanism gets
 * {@code dct:source} the article of each source graph that mentions it, beside the public references
 * (ISO 3166-1, UN M49, Wikidata) its own loader names. A thing no article mentions and no public reference
 * gives has no business in the graph; {@code ReferenceDataTest} checks that none is left without a source.
 */
final class ReferenceProvenance {
    private static final List<String> TABLE_KINDS = List.of("state", "body", "person", "mechanism");

    private ReferenceProvenance() {}

    static void addMentions(DatasetGraph dataset) {
        List<Node> things = new ArrayList<>();
        // by IRI, not by class: a mechanism is typed with the subclass of its kind
        dataset.find(Ids.REFERENCE_GRAPH, Node.ANY, Std.rdfType, Node.ANY).forEachRemaining(q -> {
            String iri = q.getSubject().isURI() ? q.getSubject().getURI() : "";
            if (TABLE_KINDS.stream().anyMatch(kind -> iri.startsWith(Ids.ID + kind + "/")) && !things.contains(q.getSubject())) {
                things.add(q.getSubject());
            }
        });
        List<Quad> added = new ArrayList<>();
        for (Node thing : things) {
            Iterator<Quad> mentions = dataset.find(Node.ANY, Node.ANY, Node.ANY, thing);
            mentions.forEachRemaining(q -> {
                String graph = q.getGraph().getURI();
                if (graph.startsWith(Ids.GRAPH) && !q.getGraph().equals(Ids.REFERENCE_GRAPH)) {
                    Node source = Ids.id("source", graph.substring(Ids.GRAPH.length()));
                    // only the graphs of sources: each holds its source's description
                    if (dataset.contains(q.getGraph(), source, Std.rdfType, Unr.Source)) {
                        added.add(Quad.create(Ids.REFERENCE_GRAPH, thing, Std.dctSource, source));
                    }
                }
            });
        }
        // a body the articles name only through one of its organs (a party's department) is named by them too
        List<Quad> parents = new ArrayList<>();
        for (Quad q : added) {
            dataset.find(Ids.REFERENCE_GRAPH, q.getSubject(), org.apache.jena.graph.NodeFactory.createURI(Std.ORG + "subOrganizationOf"), Node.ANY).forEachRemaining(p ->
                    parents.add(Quad.create(Ids.REFERENCE_GRAPH, p.getObject(), Std.dctSource, q.getObject())));
        }
        added.forEach(dataset::add);
        parents.forEach(dataset::add);
    }
}
