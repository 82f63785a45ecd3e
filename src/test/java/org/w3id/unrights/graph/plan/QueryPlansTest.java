package org.w3id.unrights.graph.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan changes give Jena's own answers, and apply where they are meant to. */
class QueryPlansTest {
    private static final String PREFIXES = "PREFIX : <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final DatasetGraph DATA = data();

    /** 600 ballots by ten voters, four of them states and two in a group; some ballots without a voter or an option. */
    private static DatasetGraph data() {
        StringBuilder ttl = new StringBuilder("@prefix : <http://example.org/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
        ttl.append(":s0 a :State . :s1 a :State . :s2 a :State . :s3 a :State . :v5 :memberOf :g1 . :v6 :memberOf :v5 . :g1 a :Group .\n");
        ttl.append(":v1 :prefers :yes . :v4 :prefers :no . :v7 :prefers :yes , :no .\n");
        ttl.append(":Review rdfs:subClassOf :Mechanism . :Rapporteur rdfs:subClassOf :Mechanism . :Upr rdfs:subClassOf :Review .\n");
        ttl.append(":m1 a :Upr . :m2 a :Rapporteur . :m3 a :Mechanism . :m4 a :Other .\n");
        ttl.append(":q1 :limit 3 . :q2 :limit \"2020-01-01\"^^<http://www.w3.org/2001/XMLSchema#date> . :q3 :limit \"x\" .\n");
        for (int i = 0; i < 600; i++) {
            ttl.append(":b").append(i).append(" a :Ballot ; :count ").append(i % 5);
            if (i % 11 != 0) {
                String voter = i % 10 < 4 ? ":s" + (i % 10) : ":v" + (i % 10);
                ttl.append(" ; :voter ").append(voter);
            }
            if (i % 13 != 0) {
                ttl.append(" ; :option ").append(i % 3 == 0 ? ":yes" : ":no");
            }
            ttl.append(" .\n");
        }
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(dataset);
        return dataset;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // one shared variable: ballots of no state
            "SELECT ?b { ?b a :Ballot FILTER NOT EXISTS { ?b :voter ?s . ?s a :State } }",
            // two shared variables
            "SELECT ?b ?v { ?b :voter ?v FILTER NOT EXISTS { ?b :option ?o . ?v :prefers ?o } }",
            // nothing shared: the pattern has solutions, so no row is kept
            "SELECT ?b { ?b a :Ballot FILTER NOT EXISTS { ?x a :Group } }",
            // nothing shared, no solutions: every row is kept
            "SELECT ?b { ?b a :Ballot FILTER NOT EXISTS { ?x a :Nothing } }",
            // rows that bind the shared variable and rows that do not
            "SELECT ?b ?v { ?b a :Ballot OPTIONAL { ?b :voter ?v } FILTER NOT EXISTS { ?v a :State } }",
            // a property path inside
            "SELECT ?b { ?b a :Ballot FILTER NOT EXISTS { ?b :voter/:memberOf* ?g . ?g a :Group } }",
            // as the right side of a join
            "SELECT ?b ?o { ?b :option ?o . { ?b a :Ballot FILTER NOT EXISTS { ?b :voter :s1 } } }",
            // numbers as the shared values, and terms the data does not hold
            "SELECT ?b ?n { ?b :count ?n FILTER NOT EXISTS { ?q :limit ?n } }",
            "SELECT ?n { VALUES ?n { 3 \"x\" \"y\" 7 :q1 :b1 } FILTER NOT EXISTS { ?q :limit|^:voter ?n } }",
            // UNION, its branches binding the shared variable, or one each of two
            "SELECT ?b { ?b a :Ballot FILTER NOT EXISTS { { ?b :voter :s1 } UNION { ?b :option :yes } } }",
            "SELECT ?b ?v { ?b :voter ?v FILTER NOT EXISTS { { ?v a :State } UNION { ?b :option :yes } } }",
    })
    void anAntiJoinAnswersAsNotExistsDoes(String query) {
        Op plain = plan(query);
        Op hashing = QueryPlans.operators(plain, -1);
        assertTrue(contains(hashing, AntiJoin.class), "the plan has the anti-join: " + hashing);
        List<String> expected = run(plain);
        assertEquals(expected, run(hashing));
        assertEquals(expected, run(QueryPlans.operators(plain)), "row by row, as while rows are few");
        assertEquals(expected, run(Algebra.toQuadForm(plain)), "Jena's quad form agrees");
        assertEquals(expected, run(QueryPlans.operators(Algebra.toQuadForm(plain), -1)), "and the anti-join in quad form");
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> store.addAll(DATA));
        Op quads = Algebra.toQuadForm(plain);
        List<String> onStore = Txn.calculateRead(store, () -> sorted(runInOrder(QueryPlans.operators(quads, -1), store, OpExecutorTDB2.OpExecFactoryTDB)));
        assertEquals(expected, onStore, "on TDB2, by the store's node ids where one variable is shared");
    }

    @Test
    void theAnswersAreNotEmptyOrWhole() {
        List<String> noState = run(QueryPlans.operators(plan("SELECT ?b { ?b a :Ballot FILTER NOT EXISTS { ?b :voter ?s . ?s a :State } }"), -1));
        // of 600 ballots, those of voters v4..v9 (six in ten) and those without a voter (every eleventh) have no state
        long expected = java.util.stream.IntStream.range(0, 600).filter(i -> i % 11 == 0 || i % 10 >= 4).count();
        assertEquals(expected, noState.size());
    }

    @Test
    void aCancelledQueryStopsWhileThePatternIsRead() {
        Op hashing = QueryPlans.operators(plan("SELECT ?b { ?b a :Ballot FILTER NOT EXISTS { ?b :voter ?s . ?s a :State } }"), -1);
        AtomicBoolean cancelled = new AtomicBoolean();
        Context context = ARQ.getContext().copy();
        context.set(ARQConstants.symCancelQuery, cancelled);
        ExecutionContext cxt = new ExecutionContext(context, DATA.getDefaultGraph(), DATA, QC.getFactory(context));
        QueryIterator rows = QC.execute(hashing, QueryIterRoot.create(cxt), cxt);
        rows.next(); // the first row is filtered row by row
        cancelled.set(true);
        assertThrows(QueryCancelledException.class, () -> rows.forEachRemaining(b -> {}));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a FILTER inside the pattern reads the row's values: not a plain pattern
            "SELECT ?b { ?b :voter ?v FILTER NOT EXISTS { ?b :option ?o FILTER (?v != :s1) } }",
            // NOT EXISTS beside another condition
            "SELECT ?b { ?b :voter ?v FILTER (?v != :s2 && NOT EXISTS { ?v a :State }) }",
            // NOT EXISTS inside EXISTS: Jena puts the row's values into the outer pattern
            "SELECT ?b { ?b :voter ?v FILTER EXISTS { ?b :option ?o FILTER NOT EXISTS { ?v :prefers ?o } } }",
    })
    void otherFiltersAreLeftToJena(String query) {
        Op plain = plan(query);
        Op changed = QueryPlans.operators(plain, -1);
        assertFalse(contains(changed, AntiJoin.class), changed.toString());
        assertEquals(run(plain), run(changed));
    }

    @Test
    void aPathTiedToAClassComesBeforeTheTypesItFilters() {
        Op plain = plan("SELECT ?x ?c { ?x a ?c . ?c rdfs:subClassOf+ :Mechanism }");
        Op ordered = QueryPlans.order(plain);
        OpSequence sequence = find(ordered, OpSequence.class);
        assertInstanceOf(OpPath.class, sequence.get(0), ordered.toString());
        List<String> answer = run(ordered);
        assertEquals(run(plain), answer);
        assertEquals(List.of("?c=http://example.org/Rapporteur ?x=http://example.org/m2",
                "?c=http://example.org/Upr ?x=http://example.org/m1"), answer);
    }

    @Test
    void aSequenceWithOtherOperatorsKeepsItsOrder() {
        Op withFilter = SSE.parseOp("(sequence (filter (!= ?x <http://example.org/m1>) (bgp (?x <%s> ?c)))"
                .formatted(RDF.type.getURI()) + " (path ?c (path+ <%s>) <http://example.org/Mechanism>))".formatted(RDFS.subClassOf.getURI()));
        assertEquals(withFilter, QueryPlans.order(withFilter), "a filter in the sequence: not reordered");
        Op anchoredFirst = plan("SELECT ?x { ?c rdfs:subClassOf+ :Mechanism . ?x a ?c }");
        assertEquals(anchoredFirst, QueryPlans.order(anchoredFirst), "already first");
        Op selective = plan("SELECT ?x { :m1 a ?c . ?c rdfs:subClassOf+ :Mechanism }");
        assertEquals(selective, QueryPlans.order(selective), "the pattern names its resource: not an open one");
    }

    private static Op plan(String query) {
        return Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query)));
    }

    /**
     * ORDER BY on copies gives Jena's own order, row for row, in memory and on TDB2 (whose rows look their values up
     * in the node table): keys that tie, a descending key, an expression, a key some rows leave unbound, a key that is
     * an error for every row (an IRI plus one), whose rows then keep the order of their terms.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT ?b ?v ?o { ?b :voter ?v ; :option ?o } ORDER BY ?o",
            "SELECT * { ?b :voter ?v OPTIONAL { ?b :option ?o } } ORDER BY DESC(?o) ?v",
            "SELECT ?b { ?b a :Ballot OPTIONAL { ?b :voter ?v } } ORDER BY STRLEN(STR(?b)) ?v",
            "SELECT ?v (COUNT(*) AS ?n) { ?b :voter ?v } GROUP BY ?v ORDER BY DESC(?n) ?v",
            "SELECT ?b ?o { ?b :voter ?v OPTIONAL { ?b :option ?o } } ORDER BY DESC(?v + 1) ?o",
    })
    void aSortOnCopiesGivesJenasOrder(String query) {
        Op plain = plan(query);
        Op changed = QueryPlans.operators(plain);
        assertTrue(contains(changed, SortOnCopies.class), changed.toString());
        List<String> expected = runInOrder(plain, DATA, QC.getFactory(ARQ.getContext()));
        assertTrue(expected.size() >= 5, "rows to order: " + expected);
        assertEquals(expected, runInOrder(changed, DATA, QC.getFactory(ARQ.getContext())), "in memory");
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> store.addAll(DATA));
        Op quads = Algebra.toQuadForm(plain);
        Txn.executeRead(store, () -> assertEquals(runInOrder(quads, store, OpExecutorTDB2.OpExecFactoryTDB),
                runInOrder(QueryPlans.operators(quads), store, OpExecutorTDB2.OpExecFactoryTDB), "on TDB2"));
    }

    /**
     * The patterns of a sequence after its first, looked up through the memo, give Jena's rows in Jena's order, in
     * memory and on TDB2: values that repeat (ten voters over 600 ballots), more solutions for one value than are
     * kept, values that seldom repeat, given back to Jena after the trial rows, and rows that leave a value unbound.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "(sequence (bgp (?b :voter ?v)) (bgp (?v rdf:type ?t)))",
            "(sequence (bgp (?b :count 0) (?b :option ?o)) (bgp (?c :option ?o)))",
            "(sequence (bgp (?b :count ?n)) (bgp (?b :option ?o)))",
            "(sequence (bgp (?b :voter ?v) (?b :count 4)) (bgp (?v :prefers ?o)) (bgp (?c :option ?o) (?c :count 2)))",
            "(sequence (leftjoin (bgp (?b :count 3)) (bgp (?b :voter ?v))) (bgp (?v :prefers ?o)))",
    })
    void aMemoizedLookupGivesJenasRowsInJenasOrder(String sequence) {
        Op plain = SSE.parseOp(sequence, PrefixMapping.Factory.create().setNsPrefix("", "http://example.org/")
                .setNsPrefix("rdf", RDF.getURI()));
        assertTrue(contains(QueryPlans.operators(plain), MemoizedLookup.class), QueryPlans.operators(plain).toString());
        OpExecutorFactory inMemory = QC.getFactory(ARQ.getContext());
        List<String> expected = runInOrder(plain, DATA, inMemory);
        assertTrue(expected.size() > 20, "rows to look up: " + expected.size());
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> store.addAll(DATA));
        Op quads = Algebra.toQuadForm(plain);
        List<String> onStore = Txn.calculateRead(store, () -> runInOrder(quads, store, OpExecutorTDB2.OpExecFactoryTDB));
        // by default; giving the memo up after ten rows; keeping one solution a row at most
        for (int[] bounds : new int[][] {{MemoizedLookup.TRIAL_ROWS, MemoizedLookup.MOST_SOLUTIONS}, {10, 64}, {1_000, 1}}) {
            Op memoized = QueryPlans.operators(plain, -1, bounds[0], bounds[1]);
            assertEquals(expected, runInOrder(memoized, DATA, inMemory), "in memory: " + memoized);
            Op memoizedQuads = QueryPlans.operators(quads, -1, bounds[0], bounds[1]);
            assertEquals(onStore, Txn.calculateRead(store, () -> runInOrder(memoizedQuads, store, OpExecutorTDB2.OpExecFactoryTDB)),
                    "on TDB2: " + memoizedQuads);
        }
    }

    /** The rows of {@code op} on {@code data} in the order they come, each with its variables in order. */
    private static List<String> runInOrder(Op op, DatasetGraph data, OpExecutorFactory executor) {
        ExecutionContext cxt = new ExecutionContext(ARQ.getContext().copy(), data.getDefaultGraph(), data, executor);
        QueryIterator rows = QC.execute(op, QueryIterRoot.create(cxt), cxt);
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(b -> {
            List<String> values = new ArrayList<>();
            b.vars().forEachRemaining(v -> values.add(v + "=" + b.get(v)));
            values.sort(null);
            out.add(String.join(" ", values));
        });
        return out;
    }

    /** The rows of {@code op} on the data, each written out with its variables in order, sorted. */
    private static List<String> run(Op op) {
        return sorted(runInOrder(op, DATA, QC.getFactory(ARQ.getContext())));
    }

    private static List<String> sorted(List<String> rows) {
        rows.sort(null);
        return rows;
    }

    private static boolean contains(Op op, Class<? extends Op> kind) {
        AtomicBoolean found = new AtomicBoolean();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpExt ext) {
                found.compareAndSet(false, kind.isInstance(ext));
            }
        });
        return found.get();
    }

    private static <T extends Op> T find(Op op, Class<T> kind) {
        List<T> found = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpSequence sequence) {
                if (kind.isInstance(sequence)) {
                    found.add(kind.cast(sequence));
                }
            }
        });
        return found.get(0);
    }
}
