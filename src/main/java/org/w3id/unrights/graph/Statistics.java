package org.w3id.unrights.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

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

    /** Counts a built graph, in a read transaction of its own. */
    public static Statistics of(RightsGraph graph) {
        return Txn.calculateRead(graph.dataset(), () -> of(SplitDataset.of(graph)));
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

    /**
     * The counts of {@link #of(DatasetGraph)} for a dataset with bulk graphs, without reading the union of
     * millions of quads through SPARQL: the curated graphs are counted by the queries above, in memory, and
     * each bulk graph by one pass over its triples, subject by subject; a triple, subject or class member
     * the curated graphs already hold is not counted twice. Call inside a read transaction.
     */
    public static Statistics of(SplitDataset split) {
        if (split.curatedOnly()) {
            return of(split.whole());
        }
        Statistics curated = of(split.curated());
        Graph curatedUnion = split.curatedUnion();
        Set<Node> properties = new HashSet<>();
        Set<Node> classes = new HashSet<>();
        curatedUnion.find().forEachRemaining(t -> {
            properties.add(t.getPredicate());
            if (t.getPredicate().equals(Std.rdfType)) {
                classes.add(t.getObject());
            }
        });
        Map<Node, Set<Node>> kindsOf = kindsOfEachClass(split.curated());
        Set<Node> curatedFactNodes = new HashSet<>();
        Set<Node> curatedSourced = new HashSet<>();
        select(FACT_NODE_LIST, DatasetFactory.wrap(split.curated()), r -> {
            curatedFactNodes.add(r.get("node").asNode());
            if (r.contains("sourced")) {
                curatedSourced.add(r.get("node").asNode());
            }
        });

        BulkCounts bulk = new BulkCounts(curatedUnion, kindsOf, properties, classes, curatedFactNodes, curatedSourced);
        Map<String, Long> perGraph = new TreeMap<>(curated.triplesPerGraph());
        for (Node g : split.bulkGraphs()) {
            long inGraph = split.eachBulkSubject(g, bulk::subject);
            if (inGraph > 0) {
                perGraph.put(g.getURI(), inGraph);
            }
        }
        Map<String, Long> perClass = new TreeMap<>(curated.instancesPerClass());
        bulk.perClass.forEach((c, n) -> perClass.merge(c.getURI(), n, Long::sum));
        Map<String, Long> perKind = new TreeMap<>(curated.instancesOfKind());
        bulk.perKind.forEach((c, n) -> perKind.merge(c.getURI(), n, Long::sum));
        return new Statistics(curated.triples() + bulk.triples, curated.subjects() + bulk.subjects, properties.size(),
                classes.size(), curated.entities() + bulk.entities, perClass, perKind, perGraph,
                curated.factNodes() + bulk.factNodes, curated.factNodesWithProvenance() + bulk.sourced);
    }

    /** For each class with an instance, the classes of the ontology it falls under, itself included (as PER_KIND reads them). */
    private static Map<Node, Set<Node>> kindsOfEachClass(DatasetGraph curated) {
        Map<Node, Set<Node>> kinds = new HashMap<>();
        select(KIND_OF_CLASS, DatasetFactory.wrap(UnionDefaultGraph.ownContext(curated)),
                r -> kinds.computeIfAbsent(r.get("sub").asNode(), k -> new HashSet<>()).add(r.get("class").asNode()));
        return kinds;
    }

    private static final String KIND_OF_CLASS = """
            SELECT DISTINCT ?sub ?class WHERE {
              ?class a owl:Class FILTER (STRSTARTS(STR(?class), STR(unr:)))
              ?sub rdfs:subClassOf* ?class
            }""";

    private static final String FACT_NODE_LIST = """
            SELECT DISTINCT ?node ?sourced WHERE {
              GRAPH ?g { ?node ?p ?o }
              FILTER (?g NOT IN (<https://w3id.org/un-rights/graph/reference>, <https://w3id.org/un-rights/graph/ontology>))
              FILTER NOT EXISTS { GRAPH ?g { ?node a unr:Source } }
              OPTIONAL { GRAPH ?g { ?node prov:wasDerivedFrom ?source ; unr:locator ?locator } BIND (?node AS ?sourced) }
            }""";

    /** What one bulk graph adds to the curated counts, subject by subject. */
    private static final class BulkCounts {
        private final Graph curated;
        private final Map<Node, Set<Node>> kindsOf;
        private final Set<Node> properties;
        private final Set<Node> classes;
        private final Set<Node> curatedFactNodes;
        private final Set<Node> curatedSourced;
        final Map<Node, Long> perClass = new HashMap<>();
        final Map<Node, Long> perKind = new HashMap<>();
        long triples;
        long subjects;
        long entities;
        long factNodes;
        long sourced;

        BulkCounts(Graph curated, Map<Node, Set<Node>> kindsOf, Set<Node> properties, Set<Node> classes,
                   Set<Node> curatedFactNodes, Set<Node> curatedSourced) {
            this.curated = curated;
            this.kindsOf = kindsOf;
            this.properties = properties;
            this.classes = classes;
            this.curatedFactNodes = curatedFactNodes;
            this.curatedSourced = curatedSourced;
        }

        void subject(Node s, List<Triple> triples) {
            boolean known = curated.contains(s, Node.ANY, Node.ANY);
            if (!known) {
                subjects++;
                if (s.isURI() && s.getURI().startsWith(Ids.ID)) {
                    entities++;
                }
            }
            Set<Node> newKinds = new HashSet<>();
            boolean source = false;
            boolean derived = false;
            boolean located = false;
            for (Triple t : triples) {
                Node p = t.getPredicate();
                properties.add(p);
                if (!curated.contains(t)) {
                    this.triples++;
                }
                if (p.equals(Std.rdfType)) {
                    Node type = t.getObject();
                    classes.add(type);
                    source |= type.equals(Unr.Source);
                    if (!curated.contains(t)) {
                        perClass.merge(type, 1L, Long::sum);
                    }
                    newKinds.addAll(kindsOf.getOrDefault(type, Set.of()));
                }
                derived |= p.equals(Std.provWasDerivedFrom);
                located |= p.equals(Unr.locator);
            }
            if (known) {
                curated.find(s, Std.rdfType, Node.ANY).forEachRemaining(t -> newKinds.removeAll(kindsOf.getOrDefault(t.getObject(), Set.of())));
            }
            newKinds.forEach(k -> perKind.merge(k, 1L, Long::sum));
            if (!source) {
                if (!curatedFactNodes.contains(s)) {
                    factNodes++;
                }
                if (derived && located && !curatedSourced.contains(s)) {
                    sourced++;
                }
            }
        }
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
