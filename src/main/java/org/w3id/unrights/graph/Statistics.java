package org.w3id.unrights.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.unrights.vocab.Prefixes;

/**
 * Every count the project publishes, taken once and in one way: the VoID description of the dumps, the
 * landing page and the {@code stats} command all read them from here. All counts are of the asserted triples
 * in the union of every named graph (ontology included), which is what the dumps hold; none includes what
 * queries infer.
 *
 * @param triples          distinct triples (void:triples)
 * @param subjects         distinct subjects (void:distinctSubjects)
 * @param properties       distinct predicates (void:properties)
 * @param classes          distinct classes that have an instance (void:classes)
 * @param entities         distinct subjects with an IRI under {@code id/} (void:entities)
 * @param instancesPerClass members of each class as typed, its subclasses' members not included: VoID's class
 *                         partitions, and the stats command's list
 * @param instancesOfKind  members of each class of the ontology with its subclasses' members included, so that
 *                         "mechanisms" counts every special procedure, commission and review: the landing
 *                         page's numbers. Differs from {@code instancesPerClass} only for classes with subclasses.
 * @param triplesPerGraph  triples of each named graph
 * @param factNodes        nodes in source graphs other than the source itself
 * @param factNodesWithProvenance those of them that carry both a source and a locator
 */
public record Statistics(long triples, long subjects, long properties, long classes, long entities,
                         Map<String, Long> instancesPerClass, Map<String, Long> instancesOfKind,
                         Map<String, Long> triplesPerGraph, long factNodes, long factNodesWithProvenance) {

    /** An IF with an unbound branch leaves ?class or ?entity unbound for the other triples. */
    private static final String TOTALS = """
            SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
                   (COUNT(DISTINCT ?class) AS ?classes) (COUNT(DISTINCT ?entity) AS ?entities)
            WHERE { ?s ?p ?o
                    BIND (IF(?p = rdf:type, ?o, ?none) AS ?class)
                    BIND (IF(isIRI(?s) && STRSTARTS(STR(?s), STR(id:)), ?s, ?none) AS ?entity) }""";

    private static final String PER_CLASS = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class""";

    private static final String PER_KIND = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
              ?class a owl:Class FILTER (STRSTARTS(STR(?class), STR(unr:)))
              ?s a/rdfs:subClassOf* ?class
            } GROUP BY ?class ORDER BY ?class""";

    private static final String PER_GRAPH = """
            SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g""";

    private static final String FACT_NODES = """
            SELECT (COUNT(DISTINCT ?node) AS ?all) (COUNT(DISTINCT ?sourced) AS ?withProvenance) WHERE {
              GRAPH ?g { ?node ?p ?o }
              FILTER (?g NOT IN (<https://w3id.org/un-rights/graph/reference>, <https://w3id.org/un-rights/graph/ontology>))
              FILTER NOT EXISTS { GRAPH ?g { ?node a unr:Source } }
              OPTIONAL { GRAPH ?g { ?node prov:wasDerivedFrom ?source ; unr:locator ?locator } BIND (?node AS ?sourced) }
            }""";

    public static Statistics of(RightsGraph graph) {
        return of(graph.dataset());
    }

    /** Counts {@code dataset}, its named graphs as built (no inference view). */
    public static Statistics of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            // The union of the named graphs as the default graph: what the dumps hold. GRAPH ?g still sees each graph.
            var union = DatasetFactory.wrap(UnionDefaultGraph.ownContext(dataset));
            var named = union;
            long[] totals = new long[5];
            select(TOTALS, union, r -> {
                totals[0] = r.getLiteral("triples").getLong();
                totals[1] = r.getLiteral("subjects").getLong();
                totals[2] = r.getLiteral("properties").getLong();
                totals[3] = r.getLiteral("classes").getLong();
                totals[4] = r.getLiteral("entities").getLong();
            });
            Map<String, Long> perClass = counts(PER_CLASS, "class", union);
            Map<String, Long> perKind = counts(PER_KIND, "class", union);
            Map<String, Long> perGraph = counts(PER_GRAPH, "g", named);
            long[] facts = new long[2];
            select(FACT_NODES, named, r -> {
                facts[0] = r.getLiteral("all").getLong();
                facts[1] = r.getLiteral("withProvenance").getLong();
            });
            return new Statistics(totals[0], totals[1], totals[2], totals[3], totals[4],
                    perClass, perKind, perGraph, facts[0], facts[1]);
        });
    }

    /** Members of {@code classIri} and its subclasses; 0 when the ontology has no such class. */
    public long instancesOfKind(String classIri) {
        return instancesOfKind.getOrDefault(classIri, 0L);
    }

    /** Share of fact nodes with source and locator, as a percentage; 100 when there are none. */
    public double provenanceShare() {
        return factNodes == 0 ? 100.0 : 100.0 * factNodesWithProvenance / factNodes;
    }

    private static Map<String, Long> counts(String query, String key, org.apache.jena.query.Dataset dataset) {
        Map<String, Long> counts = new LinkedHashMap<>();
        select(query, dataset, r -> counts.put(r.getResource(key).getURI(), r.getLiteral("n").getLong()));
        return counts;
    }

    private static void select(String query, org.apache.jena.query.Dataset dataset, Consumer<QuerySolution> each) {
        try (QueryExecution exec = QueryExecution.create(Prefixes.sparqlPrologue() + query, dataset)) {
            exec.execSelect().forEachRemaining(each);
        }
    }
}
