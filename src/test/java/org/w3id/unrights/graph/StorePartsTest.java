package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;

/**
 * In a query that needs the hierarchy (a variable predicate), the graph patterns and default-graph patterns the
 * hierarchy cannot change are answered on the store, and the rows are those Jena's own RDFS dataset gives.
 */
class StorePartsTest {
    private static final String PREFIX = "PREFIX ex: <https://w3id.org/un-rights/id/test/>\n";
    /** Facts of two sources, one thing derived in both, one row each query must not lose or repeat. */
    private static final String ONE = """
            @prefix ex: <https://w3id.org/un-rights/id/test/> .
            ex:one a ex:Source . ex:a ex:derivedFrom ex:one ; ex:date "2014" ; ex:names ex:b . ex:c ex:derivedFrom ex:one ; ex:start "2015" .
            """;
    private static final String TWO = """
            @prefix ex: <https://w3id.org/un-rights/id/test/> .
            ex:two a ex:Source , ex:Skip . ex:a ex:derivedFrom ex:two ; ex:date "2013" . ex:d a ex:Narrow ; ex:derivedFrom ex:two .
            """;
    private static final String VOCABULARY = """
            @prefix ex: <https://w3id.org/un-rights/id/test/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:Narrow rdfs:subClassOf ex:Broad . ex:start rdfs:subPropertyOf ex:date .
            """;
    private static final List<String> QUERIES = List.of(
            // what two graphs say of a thing both derive: the first pattern and the second are on the store
            "SELECT ?x ?p ?v ?g { GRAPH ?g { ?x ex:derivedFrom ?s } GRAPH ?h { ?x ex:derivedFrom ?t } FILTER (?g != ?h) GRAPH ?g { ?x ?p ?v } }",
            // a store part on the right of OPTIONAL, where Jena puts each row's values in
            "SELECT ?x ?p ?v ?n { ?x ?p ?v OPTIONAL { GRAPH ?h { ?x ex:names ?n } } }",
            // a source graph that is not skipped, its check left inside NOT EXISTS
            "SELECT ?g ?x ?p { GRAPH ?g { ?s a ex:Source } FILTER NOT EXISTS { GRAPH ?g { ?s a ex:Skip } } GRAPH ?g { ?x ex:derivedFrom ?s } ?x ?p ?o }",
            // a default-graph pattern on the store (a basic pattern is kept whole: here one of its own), a broader
            // property and a broader class through the view
            "SELECT ?x ?d ?p { { SELECT ?x ?s { ?x ex:derivedFrom ?s } } ?x ex:date ?d . ?x ?p ?s }",
            "SELECT ?x ?p { { SELECT ?x ?s { ?x ex:derivedFrom ?s } } ?x a ex:Broad ; ?p ?s }");

    @Test
    void theRowsAreThoseOfJenasRdfsDatasetAndTheCheapPartsRunOnTheStore() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> {
            RDFParser.fromString(VOCABULARY, Lang.TURTLE).parse(store.getGraph(Ids.ONTOLOGY_GRAPH));
            RDFParser.fromString(ONE, Lang.TURTLE).parse(store.getGraph(Ids.graph("one")));
            RDFParser.fromString(TWO, Lang.TURTLE).parse(store.getGraph(Ids.graph("two")));
        });
        Graph vocabulary = Txn.calculateRead(store, () -> QueryView.vocabulary(store.getGraph(Ids.ONTOLOGY_GRAPH)));
        SetupRDFS setup = RDFSFactory.setupRDFS(vocabulary);
        UnionDefaultGraph union = new UnionDefaultGraph(store);
        HierarchyDataset ours = new HierarchyDataset(union, setup, new Context());
        // Jena's own RDFS dataset over the same union: its engine, graph by graph through the RDFS matcher
        DatasetGraph jenas = RDFSFactory.datasetRDFS(new UnionDefaultGraph(store), setup);

        Txn.executeRead(store, () -> {
            for (String query : QUERIES) {
                Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIX + query)));
                assertTrue(HierarchyUse.mayMatter(op, setup), "the query needs the view: " + query);
                String plan = new StoreParts(setup, TDBInternal.requireStorage(store), OpExecutorTDB2.OpExecFactoryTDB).apply(op).toString();
                assertTrue(plan.contains("on-store"), "a part on the store: " + plan);
                List<String> expected = rows(jenas, query);
                assertFalse(expected.isEmpty(), query);
                assertEquals(expected, rows(ours, query), query);
            }
        });
        Op notExists = Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIX + QUERIES.get(2))));
        String plan = new StoreParts(setup, TDBInternal.requireStorage(store), OpExecutorTDB2.OpExecFactoryTDB).apply(notExists).toString();
        assertTrue(plan.contains("notexists") && plan.contains("(graph ?g"), "the pattern inside NOT EXISTS is left to the view: " + plan);
    }

    /** Every row, values in the order of the query's variables, sorted: the same rows as many times. */
    private static List<String> rows(DatasetGraph dataset, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(PREFIX + query).build()) {
            var result = exec.select();
            List<org.apache.jena.sparql.core.Var> vars = result.getResultVars();
            result.forEachRemaining(row -> rows.add(vars.stream().map(v -> String.valueOf(row.get(v))).toList().toString()));
        }
        rows.sort(null);
        return rows;
    }
}
