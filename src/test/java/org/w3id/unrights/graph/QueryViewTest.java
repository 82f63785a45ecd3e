package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.export.Exporter;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.query.ResultFormat;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** Queries see the ontology's class and property hierarchy; what is stored, and so dumped, stays as asserted. */
class QueryViewTest {
    static final String PROLOGUE = Prefixes.sparqlPrologue();

    @Test
    void aQueryForMechanismFindsTheInstancesOfEverySubclass() {
        RightsGraph graph = Fixtures.curatedGraph();
        Set<Node> mechanisms = select(graph, "SELECT DISTINCT ?x WHERE { ?x a unr:Mechanism }");

        Set<Node> typedWithASubclass = Txn.calculateRead(graph.dataset(), () -> {
            Set<Node> found = new HashSet<>();
            graph.dataset().find(Ids.REFERENCE_GRAPH, Node.ANY, Std.rdfType, Node.ANY).forEachRemaining(q -> {
                if (graph.dataset().contains(Ids.ONTOLOGY_GRAPH, q.getObject(), RDFS.subClassOf.asNode(), Unr.Mechanism)) {
                    found.add(q.getSubject());
                }
            });
            return found;
        });
        assertTrue(typedWithASubclass.size() >= 10, "the shipped data has mechanisms of several kinds");
        assertEquals(typedWithASubclass, mechanisms);
        assertFalse(Txn.calculateRead(graph.dataset(), () -> graph.dataset().contains(Node.ANY, Node.ANY, Std.rdfType, Unr.Mechanism)),
                "no mechanism is stored typed unr:Mechanism: the answer is entailed");
    }

    @Test
    void aQueryForProvAgentFindsStatesBodiesAndPersons() {
        RightsGraph graph = Fixtures.curatedGraph();
        Set<Node> agents = select(graph, "SELECT DISTINCT ?x WHERE { ?x a prov:Agent }");
        for (Node kind : new Node[] {Unr.State, Unr.Body, Unr.Person}) {
            Set<Node> ofKind = select(graph, "SELECT DISTINCT ?x WHERE { ?x a <" + kind.getURI() + "> }");
            assertFalse(ofKind.isEmpty());
            assertTrue(agents.containsAll(ofKind), kind + " instances are agents");
        }
        assertEquals(select(graph, "SELECT DISTINCT ?x WHERE { { ?x a unr:State } UNION { ?x a unr:Body } UNION { ?x a unr:Person } }"), agents);
    }

    @Test
    void aSuperPropertyFindsTheValuesOfItsSubProperties() {
        RightsGraph graph = Fixtures.minimalGraph();
        assertTrue(select(graph, "SELECT ?x WHERE { ?x dct:date ?date }").contains(Ids.id("statement", "fixture-statement")));
        assertTrue(select(graph, "SELECT ?x WHERE { ?x prov:wasAttributedTo ?actor }").contains(Ids.id("statement", "fixture-statement")));
    }

    @Test
    void inferenceNeverMakesALiteralTheSubjectOfATriple() {
        QueryRunner runner = new QueryRunner(Fixtures.minimalGraph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", ResultFormat.TABLE, out);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).parse(parsed);
        assertTrue(parsed.size() > 0);
        assertFalse(parsed.find().filterKeep(t -> t.getSubject().isLiteral()).hasNext());
    }

    /** Domain and range are not applied: a source's graph does not come to type what it only points at. */
    @Test
    void aSourceGraphDoesNotTypeWhatItOnlyPointsAt() {
        RightsGraph graph = Fixtures.minimalGraph();
        Set<Node> statesInTheSource = select(graph, "SELECT ?x WHERE { GRAPH <" + Ids.graph("fixture-source").getURI() + "> { ?x a unr:State } }");
        assertEquals(Set.of(), statesInTheSource);
        assertTrue(select(graph, "SELECT ?x WHERE { ?x a unr:State }").contains(Ids.id("state", "prk")));
    }

    @Test
    void theDumpsHoldOnlyAssertedTriples(@TempDir Path out) {
        RightsGraph graph = Fixtures.minimalGraph();
        Exporter.write(graph, org.w3id.unrights.graph.DataSetQuads.NONE, Statistics.of(graph), out, org.w3id.unrights.export.Release.current());
        Graph dump = RDFDataMgr.loadGraph(out.resolve(Exporter.TURTLE).toString());
        assertTrue(dump.contains(Ids.id("mechanism", "fixture-sr"), Std.rdfType, Unr.SpecialProcedure));
        assertFalse(dump.contains(Ids.id("mechanism", "fixture-sr"), Std.rdfType, Unr.Mechanism), "an entailed type");
        assertFalse(dump.contains(Node.ANY, DCTerms.date.asNode(), Node.ANY), "an entailed super-property");
    }

    /**
     * On a store, the hierarchy answers whether it holds a graph from the names it read once; a {@code GRAPH ?g}
     * pattern met with {@code ?g} already bound still finds its graph's triples, and a graph the store lacks stays
     * unknown.
     */
    @Test
    void aStoresGraphsAreKnownByNameAndAGraphBoundEarlierIsRead() {
        org.apache.jena.sparql.core.DatasetGraph store = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        Node one = Ids.graph("one");
        Txn.executeWrite(store, () -> {
            RDFParser.fromString("""
                    @prefix ex: <https://w3id.org/un-rights/id/test/> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    ex:Narrow rdfs:subClassOf ex:Broad .
                    """, Lang.TURTLE).parse(store.getGraph(Ids.ONTOLOGY_GRAPH));
            RDFParser.fromString("""
                    @prefix ex: <https://w3id.org/un-rights/id/test/> .
                    ex:a a ex:Narrow ; ex:names ex:b .
                    """, Lang.TURTLE).parse(store.getGraph(one));
        });
        Graph vocabulary = Txn.calculateRead(store, () -> QueryView.vocabulary(store.getGraph(Ids.ONTOLOGY_GRAPH)));
        HierarchyDataset view = new HierarchyDataset(new UnionDefaultGraph(store),
                org.apache.jena.rdfs.RDFSFactory.setupRDFS(vocabulary), new org.apache.jena.sparql.util.Context());
        Txn.executeRead(view, () -> {
            assertTrue(view.containsGraph(one));
            assertFalse(view.containsGraph(Ids.graph("missing")));
            try (var exec = org.apache.jena.sparql.exec.QueryExec.dataset(view).query("""
                    PREFIX ex: <https://w3id.org/un-rights/id/test/>
                    SELECT ?g ?named { GRAPH ?g { ?x a ex:Broad } GRAPH ?g { ?x ?p ?named FILTER (isIRI(?named) && ?p = ex:names) } }
                    """).build()) {
                var rows = exec.select();
                assertTrue(rows.hasNext());
                var row = rows.next();
                assertEquals(one, row.get("g"));
                assertEquals(Ids.ID + "test/b", row.get("named").getURI());
                assertFalse(rows.hasNext());
            }
        });
    }

    private static Set<Node> select(RightsGraph graph, String query) {
        Set<Node> found = new HashSet<>();
        new QueryRunner(graph).select(PROLOGUE + query, rows -> rows.forEachRemaining(r -> found.add(r.get("x").asNode())));
        return found;
    }
}
