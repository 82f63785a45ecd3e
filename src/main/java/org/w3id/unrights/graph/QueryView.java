package org.w3id.unrights.graph;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfs.DatasetGraphRDFS;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;

/**
 * The dataset every query sees, on the server and offline alike: the union of all graphs as the default graph
 * ({@link UnionDefaultGraph}), and RDFS entailment from the ontology computed at query time by Jena's RDFS
 * dataset — rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain and rdfs:range — so that a query for
 * {@code unr:Mechanism} finds every kind of mechanism and one for {@code prov:Agent} finds states, bodies and
 * persons. Nothing inferred is stored, so the dumps hold asserted triples only. The outer wrapper is a
 * {@link org.apache.jena.sparql.core.DatasetGraphWrapperView}, so ARQ queries it rather than the base dataset.
 */
public final class QueryView {
    private static final List<Node> SCHEMA = List.of(
            RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(), RDFS.range.asNode());

    private QueryView() {}

    public static DatasetGraph of(RightsGraph graph) {
        Graph vocabulary = Txn.calculateRead(graph.dataset(), () -> vocabulary(graph.dataset().getGraph(Ids.ONTOLOGY_GRAPH)));
        return new DatasetGraphRDFS(new UnionDefaultGraph(graph.dataset()), RDFSFactory.setupRDFS(vocabulary));
    }

    /**
     * The ontology's RDFS axioms, less ranges that are datatypes: from those RDFS would conclude that a literal
     * has a type, a triple with a literal subject that RDF cannot hold and Turtle cannot write.
     */
    static Graph vocabulary(Graph ontology) {
        Graph vocabulary = GraphFactory.createDefaultGraph();
        for (Node predicate : SCHEMA) {
            ontology.find(Node.ANY, predicate, Node.ANY)
                    .filterKeep(t -> t.getSubject().isURI() && t.getObject().isURI())
                    .filterDrop(t -> predicate.equals(RDFS.range.asNode()) && isDatatype(t.getObject(), ontology))
                    .forEachRemaining(vocabulary::add);
        }
        return vocabulary;
    }

    private static boolean isDatatype(Node type, Graph ontology) {
        return type.getURI().startsWith(Std.XSD) || type.equals(RDF.Nodes.langString) || type.equals(RDFS.Literal.asNode())
                || ontology.contains(type, RDF.Nodes.type, RDFS.Datatype.asNode());
    }
}
