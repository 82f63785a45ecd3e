package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unrights.graph.ComputedFixtures.turtle;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * The counts computed at build ({@link ComputedCounts}) against the same questions asked of every fact through the
 * query view, as the two named queries asked them before they read the counts; and on a small graph whose
 * answers are known, where the hierarchy decides a fact's kind and a certainty counts only with its own graph's
 * source.
 */
class ComputedCountsTest {
    private static final String PREFIXES = """
            PREFIX unr:  <https://w3id.org/un-rights/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    /**
     * Every fact, its most specific classes found through the hierarchy at query time: the named query as it was
     * before it read the counts (on a class without a label it can differ, and the ontology has none).
     */
    private static final String FACTS_PER_SOURCE_FROM_EVERY_FACT = PREFIXES + """
            SELECT ?source ?kind (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
              GRAPH ?g { ?fact prov:wasDerivedFrom ?source }
              FILTER (?fact != ?source)
              OPTIONAL {
                ?fact a ?class . ?class rdfs:label ?classLabel
                FILTER (STRSTARTS(STR(?class), STR(unr:)))
                FILTER NOT EXISTS { ?fact a ?narrower . ?narrower rdfs:subClassOf ?class FILTER (?narrower != ?class) }
              }
              BIND (STR(?classLabel) AS ?kind)
            }
            GROUP BY ?source ?kind""";

    /** Every fact with its certainty and source in one graph. */
    private static final String CERTAINTY_FROM_EVERY_FACT = PREFIXES + """
            SELECT ?source ?certainty (COUNT(DISTINCT ?fact) AS ?facts) (COUNT(DISTINCT ?deduced) AS ?withInferredValues) WHERE {
              ?concept skos:notation ?certainty .
              GRAPH ?g {
                ?fact unr:certainty ?concept ; prov:wasDerivedFrom ?source .
                OPTIONAL { ?fact unr:inferred true . BIND (?fact AS ?deduced) }
              }
            }
            GROUP BY ?source ?certainty""";

    /** Each source's distinct facts, as {@code sources-overview} counted them before it read the counts. */
    private static final String ALL_FACTS_FROM_EVERY_FACT = PREFIXES + """
            SELECT ?source (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
              GRAPH ?g { ?fact prov:wasDerivedFrom ?source }
              FILTER (?fact != ?source)
            } GROUP BY ?source""";

    /** The tallies {@code sources-overview} joins with each source's description. */
    private static final String ALL_FACTS_FROM_COUNTS = PREFIXES + """
            SELECT ?source ?facts WHERE {
              GRAPH <https://w3id.org/un-rights/graph/computed> {
                ?tally unr:computedBy <https://w3id.org/un-rights/vocab/computation/facts-per-source> ;
                       unr:tallySource ?source ; unr:factCount ?facts
              }
            }""";

    @Test
    void theNamedQueriesOnTheCountsAnswerWhatEveryFactGives() throws IOException {
        QueryRunner shipped = new QueryRunner(Fixtures.shippedGraph());
        for (String[] pair : new String[][] {
                {"facts-per-source", named("facts-per-source"), FACTS_PER_SOURCE_FROM_EVERY_FACT},
                {"how-sure-is-the-graph", named("how-sure-is-the-graph"), CERTAINTY_FROM_EVERY_FACT},
                {"sources-overview", ALL_FACTS_FROM_COUNTS, ALL_FACTS_FROM_EVERY_FACT}}) {
            Set<String> fromCounts = rows(shipped.selectAsCsv(pair[1]));
            Set<String> fromFacts = rows(shipped.selectAsCsv(pair[2]));
            assertTrue(fromFacts.size() >= 5, pair[0] + " has rows for every source");
            assertEquals(fromFacts, fromCounts, pair[0]);
        }
        assertTrue(named("sources-overview").contains("computation:facts-per-source ;"), "sources-overview reads the tallies checked here");
    }

    private static String named(String query) throws IOException {
        return Files.readString(Fixtures.QUERIES.resolve(query + ".rq"));
    }

    /** In memory the facts are counted by term, in a TDB2 store by node id ({@link QuadIds}): the same counts. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFactCountsUnderItsNarrowestLabelledClassAndACertaintyWithItsOwnGraphsSource(boolean inStore) {
        DatasetGraph dataset = inStore ? DatabaseMgr.createDatasetGraph() : DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> fillSmallGraph(dataset));
        long triples = ComputedGraph.writeInto(dataset);

        Graph counts = Txn.calculateRead(dataset, () -> copy(dataset.getGraph(Ids.COMPUTED_GRAPH)));
        assertEquals(triples, counts.size());
        String s1 = "source/s1";
        // the unlabelled class is not a kind: its fact counts under the narrowest labelled class above it
        assertEquals(2, count(counts, s1 + "/kind/Narrow"));
        assertEquals(Unr.NS + "Narrow", value(counts, s1 + "/kind/Narrow", Unr.factKind).getURI());
        assertEquals(1, count(counts, s1 + "/kind/none"), "the untyped fact, and not the source itself");
        assertFalse(counts.contains(tally(s1 + "/kind/none"), Unr.factKind, Node.ANY));
        assertFalse(counts.contains(tally(s1 + "/kind/Broad"), Node.ANY, Node.ANY), "a broader class is not a second kind");
        assertEquals(1, count(counts, "source/s2/kind/Broad"));
        assertEquals(1, count(counts, s1 + "/kind/Other"), "a fact of two unrelated kinds counts under each");
        assertEquals(3, count(counts, s1 + "/all"), "each of the source's facts once, whatever its kinds");
        assertEquals(1, count(counts, "source/s2/all"));
        assertEquals(ComputedCounts.FACTS_PER_SOURCE, value(counts, s1 + "/all", Unr.computedBy));
        assertEquals(2, count(counts, s1 + "/certainty/stated"));
        assertEquals(1, value(counts, s1 + "/certainty/stated", Unr.inferredValueCount).getLiteralValue(),
                "a value inferred in another graph does not count for this graph's fact");
        // hedged in graph one, derived from s2 only in graph two: no source says it is hedged
        assertFalse(counts.find(Node.ANY, Unr.tallyCertainty, ex("hedged")).hasNext());
        assertEquals(ComputedCounts.FACTS_PER_SOURCE_AND_KIND, value(counts, s1 + "/kind/none", Unr.computedBy));
        assertEquals(ComputedCounts.FACTS_PER_SOURCE_AND_CERTAINTY, value(counts, s1 + "/certainty/stated", Unr.computedBy));

        ComputedGraph.writeInto(dataset);
        long again = Txn.calculateRead(dataset, () -> (long) dataset.getGraph(Ids.COMPUTED_GRAPH).size());
        assertEquals(triples, again, "computing again replaces the counts");
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static void fillSmallGraph(DatasetGraph dataset) {
        dataset.addGraph(Ids.ONTOLOGY_GRAPH, turtle("""
                unr:Broad rdfs:label "Broad" .
                unr:Narrow rdfs:label "Narrow" ; rdfs:subClassOf unr:Broad .
                unr:Unlabelled rdfs:subClassOf unr:Narrow .
                unr:Other rdfs:label "Other" .
                ex:primary rdfs:subPropertyOf prov:wasDerivedFrom .
                """));
        dataset.addGraph(Ids.graph("one"), turtle("""
                ex:narrow a unr:Narrow, unr:Other ; prov:wasDerivedFrom ex:s1 ; unr:certainty ex:stated ; unr:inferred true .
                ex:deeper a unr:Unlabelled ; ex:primary ex:s1 ; unr:certainty ex:stated .
                ex:untyped prov:wasDerivedFrom ex:s1 .
                ex:elsewhere unr:certainty ex:hedged ; unr:inferred true .
                ex:s1 prov:wasDerivedFrom ex:s1 .
                """));
        dataset.addGraph(Ids.graph("two"), turtle("""
                ex:elsewhere a unr:Broad ; prov:wasDerivedFrom ex:s2 .
                ex:narrow prov:wasDerivedFrom ex:s1 .
                ex:deeper unr:inferred true .
                """));
    }

    @Test
    void theComputedValuesMeetTheirShapesAndStayOutOfTheSourceGraphsAndTheData() {
        RightsGraph graph = Fixtures.shippedGraph();
        Txn.executeRead(graph.dataset(), () -> {
            Graph checked = GraphFactory.createDefaultGraph();
            List.of(Ids.ONTOLOGY_GRAPH, Ids.COMPUTED_GRAPH).forEach(g -> graph.dataset().getGraph(g).find().forEachRemaining(checked::add));
            // the sources the tallies name, with their types, wherever they are described
            graph.dataset().find(Node.ANY, Node.ANY, org.w3id.unrights.vocab.Std.rdfType, Unr.Source)
                    .forEachRemaining(q -> checked.add(q.asTriple()));
            ValidationReport report = ShaclValidator.get().validate(Shapes.parse(graph.shapes()), checked);
            // the sources' own shapes fail here, their descriptions left out: only the tallies and passage lists are judged
            var computed = report.getEntries().stream().filter(e -> e.focusNode().getURI().startsWith(Ids.ID + "tally/")
                    || e.focusNode().getURI().startsWith(Ids.ID + "passages/")).toList();
            assertTrue(computed.isEmpty(), computed::toString);
            assertTrue(checked.find(Node.ANY, org.w3id.unrights.vocab.Std.rdfType, Unr.FactTally).toList().size() > 50);
            assertTrue(checked.find(Node.ANY, org.w3id.unrights.vocab.Std.rdfType, Unr.PassageList).toList().size() > 50);
            assertTrue(graph.dataset().getGraph(Ids.COMPUTED_GRAPH).size() > 100);

            assertFalse(graph.sourceGraphs().contains(Ids.COMPUTED_GRAPH));
            SplitDataset split = SplitDataset.of(graph);
            assertFalse(split.curated().containsGraph(Ids.COMPUTED_GRAPH), "the counts are not curated data");
            assertEquals(graph.dataset().getGraph(Ids.COMPUTED_GRAPH).size(), split.computed().size());
        });
    }

    /**
     * The text index reads the curated graphs on another thread while the load's counts split them, and an in-memory
     * dataset asked for a graph it lacks adds an empty one to the map the index is reading: so no graph it lacks is asked for.
     */
    @Test
    void splittingADatasetWithoutCountsAsksForNoGraphItLacks() {
        DatasetGraph curated = DatasetGraphFactory.create();
        curated.addGraph(Ids.graph("one"), turtle("ex:a prov:wasDerivedFrom ex:s1 ."));
        List<Node> lacking = new java.util.ArrayList<>();
        DatasetGraph watched = new org.apache.jena.sparql.core.DatasetGraphWrapper(curated) {
            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(Node g, Node s, Node p, Node o) {
                if (g.isConcrete() && !curated.containsGraph(g)) {
                    lacking.add(g);
                }
                return super.find(g, s, p, o);
            }

            @Override
            public java.util.stream.Stream<org.apache.jena.sparql.core.Quad> stream(Node g, Node s, Node p, Node o) {
                return org.apache.jena.atlas.iterator.Iter.asStream(find(g, s, p, o));
            }
        };
        SplitDataset split = SplitDataset.of(watched, List.of());
        assertTrue(split.computed().isEmpty());
        assertEquals(List.of(), lacking);
        assertEquals(1, split.curated().getGraph(Ids.graph("one")).size());
    }

    @Test
    void aTallyWithASourceOfItsOwnBreaksItsShape() {
        Graph bad = turtle("""
                ex:t a unr:FactTally ; unr:computedBy unr:FactsPerSourceAndKind ; unr:tallySource ex:s ;
                     unr:factCount 3 ; prov:wasDerivedFrom ex:s .
                ex:s a unr:Source .
                unr:FactsPerSourceAndKind a prov:Plan .
                """);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Fixtures.shippedGraph().shapes()), bad);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().toString().contains("carries no prov:wasDerivedFrom"), report.getEntries().toString());
    }

    private static Set<String> rows(String csv) {
        Set<String> rows = new TreeSet<>(Arrays.asList(csv.strip().split("\r?\n")));
        rows.removeIf(r -> r.startsWith("source,"));
        return rows;
    }


    private static Node ex(String local) {
        return NodeFactory.createURI(Ids.ID + "source/" + local);
    }

    private static Node tally(String key) {
        return NodeFactory.createURI(Ids.ID + "tally/" + key);
    }

    private static Node value(Graph counts, String key, Node property) {
        var found = counts.find(tally(key), property, Node.ANY).toList();
        assertEquals(1, found.size(), key + " " + property);
        return found.get(0).getObject();
    }

    private static long count(Graph counts, String key) {
        return ((Number) value(counts, key, Unr.factCount).getLiteralValue()).longValue();
    }
}
