package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.setup.ConfigRDFS;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which queries the class and property hierarchy can change, over a vocabulary where ex:Narrow is a subclass
 * of ex:Wide and ex:narrow a subproperty of ex:wide: a query that can only match asserted triples is sent to
 * them, any other to the hierarchy's view.
 */
class HierarchyUseTest {
    private static final String EX = "http://example.org/";

    private static ConfigRDFS<Node> setup() {
        Graph vocabulary = GraphFactory.createDefaultGraph();
        vocabulary.add(node("Narrow"), RDFS.subClassOf.asNode(), node("Wide"));
        vocabulary.add(node("narrow"), RDFS.subPropertyOf.asNode(), node("wide"));
        return RDFSFactory.setupRDFS(vocabulary);
    }

    private static Node node(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /**
     * Whether the hierarchy can change the answer, and whether it still can once the basic patterns naming a
     * broader term are written over the narrower ones; over the algebra as compiled, where a path is still a
     * path (the optimiser later turns {@code ex:narrow/ex:wide} and {@code ^ex:wide} into triple patterns).
     */
    @ParameterizedTest(name = "{0} → {1}, {2}")
    @CsvSource(delimiter = '|', value = {
            "?x a ex:Narrow                                     | false | false",
            "?x a ex:Wide                                       | true  | false",
            "?x a ?class                                        | true  | true",
            "?x ex:narrow ?y                                    | false | false",
            "?x ex:wide ?y                                      | true  | false",
            "?x ?p ?y                                           | true  | true",
            "GRAPH ?g { ?x ex:wide ?y }                         | true  | false",
            "GRAPH ?g { ?x ex:narrow ?y ; a ex:Narrow }         | false | false",
            "?x ex:narrow ?y FILTER EXISTS { ?y ex:wide ?z }    | true  | false",
            "?x ex:narrow ?y FILTER NOT EXISTS { ?y a ex:Wide } | true  | false",
            "?x ex:narrow ?y FILTER EXISTS { ?y ex:narrow ?z }  | false | false",
            "?x ex:narrow ?y FILTER EXISTS { ?y ?p ?z }         | true  | true",
            "?x ex:narrow+ ?y                                   | false | false",
            "?x ex:wide+ ?y                                     | true  | true",
            "?x ex:narrow/ex:wide ?y                            | true  | true",
            "?x ^ex:wide ?y                                     | true  | true",
            "?x !ex:narrow ?y                                   | true  | true",
            "?x ex:narrow/rdf:type ?y                           | true  | true",
            "?x rdfs:subClassOf ?y                              | true  | true",
            "{ ?x ex:other ?y } UNION { ?x a ex:Wide }          | true  | false",
            "OPTIONAL { ?x ex:other ?y } BIND (1 AS ?one)       | false | false",
    })
    void theHierarchyMattersWhereItCanAddAMatch(String pattern, boolean matters, boolean needsView) {
        String query = query(pattern);
        assertEquals(matters, HierarchyUse.mayMatter(Algebra.compile(QueryFactory.create(query)), setup()), query);
        assertEquals(needsView, HierarchyUse.needsView(Algebra.compile(QueryFactory.create(query)), setup()), "view: " + query);
    }

    private static String query(String pattern) {
        return "PREFIX ex: <" + EX + "> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT * { " + pattern + " }";
    }
}
