package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unrights.vocab.Ids;

/**
 * A query in a broader class's or property's terms, run on TDB2's own engine with those terms written over the
 * asserted triples, gives the rows the hierarchy's view gives, no more and no fewer: over a store where one
 * resource is stated of two narrower classes, one value is stated with a property and its subproperty, one triple
 * sits in two graphs, one narrower class has no instance at all and one broader class has instances of one
 * narrower class only.
 */
class HierarchyExpansionTest {
    private static final String EX = "https://w3id.org/un-rights/id/test/";
    private static final String PREFIXES = "PREFIX ex: <" + EX + "> ";
    private static final String TURTLE_PREFIX = "@prefix ex: <" + EX + "> .\n";
    private static DatasetGraph store;
    private static HierarchyDataset view;

    @BeforeAll
    static void build() {
        store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> {
            RDFParser.fromString(TURTLE_PREFIX + """
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    ex:Narrow rdfs:subClassOf ex:Broad .   ex:Other rdfs:subClassOf ex:Broad .
                    ex:Unused rdfs:subClassOf ex:Broad .   ex:Deeper rdfs:subClassOf ex:Narrow .
                    ex:narrow rdfs:subPropertyOf ex:broad . ex:unused rdfs:subPropertyOf ex:broad .
                    ex:Below rdfs:subClassOf ex:Top .
                    """, Lang.TURTLE).parse(store.getGraph(Ids.ONTOLOGY_GRAPH));
            RDFParser.fromString(TURTLE_PREFIX + """
                    ex:a a ex:Narrow, ex:Other ; ex:narrow ex:c ; ex:broad ex:c ; ex:label "a" .
                    ex:b a ex:Deeper ; ex:narrow ex:d ; ex:label "b" .
                    ex:e a ex:Broad ; ex:label "e" .
                    ex:Narrow ex:label "the narrow class" .
                    """, Lang.TURTLE).parse(store.getGraph(Ids.graph("one")));
            RDFParser.fromString(TURTLE_PREFIX + """
                    ex:b ex:narrow ex:d .
                    ex:f a ex:Other ; ex:label "f" .
                    ex:g a ex:Below ; ex:label "g" .
                    """, Lang.TURTLE).parse(store.getGraph(Ids.graph("two")));
        });
        Graph vocabulary = Txn.calculateRead(store, () -> QueryView.vocabulary(store.getGraph(Ids.ONTOLOGY_GRAPH)));
        view = new HierarchyDataset(new UnionDefaultGraph(store), RDFSFactory.setupRDFS(vocabulary), new Context());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT ?x { ?x a ex:Broad }",
            "SELECT (COUNT(*) AS ?n) { ?x a ex:Broad }",
            "SELECT ?x ?y { ?x ex:broad ?y }",
            "SELECT ?g ?x ?y { GRAPH ?g { ?x ex:broad ?y } }",
            "SELECT ?g ?x { GRAPH ?g { ?x a ex:Narrow } }",
            "SELECT ?x ?l ?y { ?x a ex:Broad ; ex:label ?l OPTIONAL { ?x ex:broad ?y } }",
            "SELECT ?x ?y { ?x a ex:Broad ; ex:broad ?y }",
            "SELECT ?l { ?x ex:label ?l FILTER NOT EXISTS { ?x a ex:Narrow } }",
            "SELECT ?x { ?x a ex:Unused }",
            "SELECT ?x ?l { ?x a ex:Top ; ex:label ?l }",
            "SELECT ?x { GRAPH <https://w3id.org/un-rights/graph/two> { ?x a ex:Broad } }",
            "SELECT ?x ?y { ?x ex:unused ?y }",
            // a variable predicate that only EXISTS or NOT EXISTS reads: a type the hierarchy adds can decide it
            "SELECT ?x { ?x ex:label ?l FILTER EXISTS { ?x ?p ex:Broad } }",
            "SELECT ?x { ?x ex:label ?l FILTER NOT EXISTS { ?x ?p ex:Narrow } }",
            "SELECT ?x { ?x ex:label ?l FILTER EXISTS { ?x ?p ?c . ?c ex:label \"the narrow class\" } }",
            "SELECT ?x { ?x ex:label ?l FILTER NOT EXISTS { ?x ?p ?c . ?c ex:label \"the narrow class\" } }",
            "SELECT ?x { ?x ex:label ?l FILTER NOT EXISTS { ?x ?p ex:d } }",
            "SELECT ?x { ?x ex:label ?l FILTER NOT EXISTS { ?x ?p ?y . ?y a ex:Broad } }",
            "SELECT ?x { GRAPH <https://w3id.org/un-rights/graph/two> { ?x ex:label ?l FILTER EXISTS { ?x ?p ex:Broad } } }",
            "SELECT ?x ?y { ?x ex:broad ?y FILTER NOT EXISTS { ?y ?p ex:Broad } }",
    })
    void theStoresEngineGivesTheViewsRows(String query) {
        Txn.executeRead(store, () -> {
            Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query)));
            QueryView.StorePlan plan = view.onStore(op);
            assertNotNull(plan, "runs on the store's engine: " + query);
            List<Binding> expected = inView(op);
            assertFalse(expected.isEmpty() && !query.contains("Unused") && !query.contains("unused"), "the view answers " + query);
            assertEquals(sorted(expected), sorted(onStore(plan)), query);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT ?x ?p ?y { ?x ?p ?y }",
            "SELECT ?x ?c { ?x a ?c }",
            "SELECT ?x ?y { ?x ex:broad+ ?y }",
            // the predicate's variable is the rows' too, or the object's, or the pattern has two
            "SELECT ?x ?p { ?x ?p ex:c FILTER EXISTS { ?x ?p ?y } }",
            "SELECT ?x ?y { ?x ex:broad ?y FILTER EXISTS { ?x ?p ?y } }",
            "SELECT ?x { ?x ex:label ?l FILTER EXISTS { ?x ?p ?y . ?y ?q ex:Broad } }",
            "SELECT ?x { ?x ex:label ?l FILTER EXISTS { ?x ?p ?y . ?y ?p ex:Broad } }",
            "SELECT ?x { ?x ex:label ?l FILTER EXISTS { ?x ?p ?y FILTER (?y != ex:c) } }",
            "SELECT ?x { ?x ex:label ?l FILTER NOT EXISTS { GRAPH ?c { ?x ?p ?c } } }",
            "SELECT ?x { ?x ex:label ?l FILTER NOT EXISTS { GRAPH ?p { ?x ?p ?c } } }",
    })
    void aPatternTheStoreCannotAnswerAloneStaysWithTheView(String query) {
        Txn.executeRead(store, () -> assertNull(view.onStore(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query)))), query));
    }

    @Test
    void oneTermTheStoreHoldsIsPutInPlaceAndSeveralAreMerged() {
        assertEquals("https://w3id.org/un-rights/graph/two", Ids.graph("two").getURI());
        Txn.executeRead(store, () -> {
            String single = plan("SELECT ?x { ?x a ex:Top }");
            assertTrue(single.contains("test/Below") && !single.contains("test/Top") && !single.contains("distinct"), single);
            String several = plan("SELECT ?x { ?x a ex:Broad }");
            assertTrue(several.contains("distinct") && several.contains("test/Other") && !several.contains("test/Unused"), several);
            String inOneGraph = plan("SELECT ?x { GRAPH <" + Ids.graph("two").getURI() + "> { ?x a ex:Broad } }");
            assertTrue(inOneGraph.contains("test/Other") && !inOneGraph.contains("distinct"), "graph two holds one narrower class: " + inOneGraph);
        });
    }

    private static String plan(String query) {
        return view.onStore(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query)))).op().toString();
    }

    private static List<Binding> onStore(QueryView.StorePlan plan) {
        ExecutionContext context = new ExecutionContext(ARQ.getContext(), plan.store().getDefaultGraphTDB(), plan.store(), OpExecutorTDB2.OpExecFactoryTDB);
        QueryIterator rows = QC.execute(plan.op(), QueryIterRoot.create(context), context);
        List<Binding> found = new ArrayList<>();
        rows.forEachRemaining(found::add);
        return found;
    }

    /**
     * The rows of {@code op} on the hierarchy's view by Jena's own executor, not the engine that {@link QueryView}
     * installs (which would take the store's plan and compare it with itself).
     */
    private static List<Binding> inView(Op op) {
        ExecutionContext context = new ExecutionContext(ARQ.getContext(), view.getDefaultGraph(), view, QC.getFactory(ARQ.getContext()));
        List<Binding> found = new ArrayList<>();
        QC.execute(op, QueryIterRoot.create(context), context).forEachRemaining(found::add);
        return found;
    }

    private static List<String> sorted(List<Binding> rows) {
        return rows.stream().map(HierarchyExpansionTest::canonical).sorted().toList();
    }

    /** A row as text that does not depend on the order of its variables. */
    private static String canonical(Binding row) {
        List<String> cells = new ArrayList<>();
        row.vars().forEachRemaining(v -> cells.add(v.getVarName() + "=" + row.get(v)));
        cells.sort(null);
        return String.join(" ", cells);
    }
}
