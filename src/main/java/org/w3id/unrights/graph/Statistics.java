package org.w3id.unrights.graph;

import java.util.Arrays;
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
 * in the union of every named graph (ontology included), which is what the data dumps hold; none includes what
 * queries infer, nor the values computed at build ({@code graph/computed}, see {@link ComputedGraph}).
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
 * @param linksToConcepts  for each vocabulary concept with links to it, how many links (quads, each graph's
 *                         counted: {@link #linksTo}) come from resources of each kind ({@link Ids#kindOf}): what a
 *                         concept's page groups, counted here since a vote option's 693,544 ballots took its page
 *                         seconds to count from the store
 */
public record Statistics(long triples, long subjects, long properties, long classes, long entities,
                         Map<String, Long> instancesPerClass, Map<String, Long> instancesOfKind,
                         Map<String, Long> triplesPerGraph, long factNodes, long factNodesWithProvenance,
                         Map<String, Map<String, Long>> linksToConcepts) {

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

    /** Counts {@code dataset}, its named graphs as built (no inference view), the counts computed from them aside. */
    public static Statistics of(DatasetGraph dataset) {
        if (Txn.calculateRead(dataset, () -> dataset.containsGraph(Ids.COMPUTED_GRAPH))) {
            // Every graph but the computed one, copied into memory as the split's curated part.
            return of(Txn.calculateRead(dataset, () -> SplitDataset.of(dataset, List.of()).curated()));
        }
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
                    perClass, perKind, perGraph, facts[0], facts[1], conceptLinks(dataset));
        });
    }

    /**
     * Whether {@code s p o} is a link to {@code o} as the page of {@code o} lists it: from another resource, by any
     * property but {@code rdf:type}. The page and the counts of {@link #linksToConcepts} read links by this one rule.
     */
    public static boolean isListedLink(Node s, Node p, Node o) {
        return !p.equals(Std.rdfType) && !s.equals(o);
    }

    /** Whether {@code t} is a link to a vocabulary concept as its page lists it ({@link #isListedLink}). */
    public static boolean linksTo(Triple t) {
        return Ids.isConcept(t.getObject()) && isListedLink(t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** The links to {@code concept} by the kind of the linking resource, as counted; empty if none or not a concept. */
    public Map<String, Long> linksToConcept(Node concept) {
        return concept.isURI() ? linksToConcepts.getOrDefault(concept.getURI(), Map.of()) : Map.of();
    }

    /** {@link #linksToConcepts} of every named graph of {@code dataset}, by one pass over its quads. */
    private static Map<String, Map<String, Long>> conceptLinks(DatasetGraph dataset) {
        Map<String, Map<String, Long>> links = new TreeMap<>();
        dataset.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph() && linksTo(q.asTriple())) {
                countLink(links, q.getObject(), q.getSubject());
            }
        });
        return links;
    }

    private static void countLink(Map<String, Map<String, Long>> links, Node concept, Node from) {
        links.computeIfAbsent(concept.getURI(), c -> new TreeMap<>()).merge(Ids.kindOf(from), 1L, Long::sum);
    }

    /**
     * The counts of {@link #of(DatasetGraph)} for a dataset with data-set graphs, without reading the union of
     * millions of quads through SPARQL: the curated graphs are counted by the queries above, in memory, and
     * each data-set graph by one pass over its triples, subject by subject; a triple, subject or class member
     * the curated graphs already hold is not counted twice. Call inside a read transaction.
     */
    public static Statistics of(SplitDataset split) {
        if (split.curatedOnly()) {
            return of(split.curated());
        }
        DataSetCounts counts = DataSetCounts.over(split);
        for (Node g : split.dataSetGraphs()) {
            counts.graphHolds(g, split.eachDataSetSubject(g, counts::subject));
        }
        return counts.total();
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

    /**
     * What the data-set graphs add to the counts of the curated graphs. Fed a subject's triples one at a time
     * between {@link #open} and {@link #close}, in any order and interleaved with other subjects', so that it
     * serves both a pass over a store (a subject's triples together) and a load stream ({@link StreamStatistics},
     * a subject's triples wherever its rows are). Each data-set triple is to be fed once.
     */
    static final class DataSetCounts {
        private final Statistics curatedCounts;
        private final Graph curated;
        private final Map<Node, Set<Node>> kindsOf;
        /** The curated union's subjects: asking the union graph itself, a graph at a time, for every data-set subject costs seconds. */
        private final Set<Node> curatedSubjects = new HashSet<>();
        private final Set<Node> properties = new HashSet<>();
        /** Every class with an instance, each held once and shared by the subjects typed with it. */
        private final Map<Node, Node> classes = new HashMap<>();
        private final Set<Node> curatedFactNodes = new HashSet<>();
        private final Set<Node> curatedSourced = new HashSet<>();
        private final Map<Node, Long> perClass = new HashMap<>();
        private final Map<Node, Long> perKind = new HashMap<>();
        private final Map<String, Long> perGraph;
        private final Map<String, Map<String, Long>> conceptLinks = new TreeMap<>();
        private long triples;
        private long subjects;
        private long entities;
        private long factNodes;
        private long sourced;

        private DataSetCounts(SplitDataset split) {
            curatedCounts = of(split.curated());
            curated = split.curatedUnion();
            kindsOf = kindsOfEachClass(split.curated());
            perGraph = new TreeMap<>(curatedCounts.triplesPerGraph());
            curated.find().forEachRemaining(t -> {
                curatedSubjects.add(t.getSubject());
                properties.add(t.getPredicate());
                if (t.getPredicate().equals(Std.rdfType)) {
                    classes.putIfAbsent(t.getObject(), t.getObject());
                }
            });
            select(FACT_NODE_LIST, DatasetFactory.wrap(split.curated()), r -> {
                curatedFactNodes.add(r.get("node").asNode());
                if (r.contains("sourced")) {
                    curatedSourced.add(r.get("node").asNode());
                }
            });
        }

        /** Counts for the curated graphs of {@code split}, to which data-set subjects are then added. */
        static DataSetCounts over(SplitDataset split) {
            return new DataSetCounts(split);
        }

        /** All of one subject's triples at once, as a pass over a store has them. */
        void subject(Node s, List<Triple> triples) {
            Subject state = open(s);
            triples.forEach(t -> add(state, t));
            close(s, state);
        }

        /** A data-set subject first seen; counted now unless the curated graphs hold it. */
        Subject open(Node s) {
            boolean known = curatedSubjects.contains(s);
            if (!known) {
                subjects++;
                if (s.isURI() && s.getURI().startsWith(Ids.ID)) {
                    entities++;
                }
            }
            return new Subject(known);
        }

        /** One triple of a subject that {@link #open} returned {@code state} for. */
        void add(Subject state, Triple t) {
            Node p = t.getPredicate();
            properties.add(p);
            // A subject the curated graphs lack cannot share a triple with them: most data-set triples skip the lookup.
            boolean inCurated = state.has(Subject.KNOWN) && curated.contains(t);
            if (!inCurated) {
                triples++;
            }
            if (p.equals(Std.rdfType)) {
                Node type = classes.computeIfAbsent(t.getObject(), c -> c);
                if (state.addType(type) && !inCurated) {
                    perClass.merge(type, 1L, Long::sum);
                }
            }
            if (linksTo(t)) {
                countLink(conceptLinks, t.getObject(), t.getSubject());
            }
            if (p.equals(Std.provWasDerivedFrom)) {
                state.mark(Subject.DERIVED);
            } else if (p.equals(Unr.locator)) {
                state.mark(Subject.LOCATED);
            }
        }

        /** The subject's last triple has been added: counts what needs all of them (kinds, provenance). */
        void close(Node s, Subject state) {
            Set<Node> newKinds = new HashSet<>();
            state.eachType(type -> newKinds.addAll(kindsOf.getOrDefault(type, Set.of())));
            if (state.has(Subject.KNOWN)) {
                curated.find(s, Std.rdfType, Node.ANY).forEachRemaining(t -> newKinds.removeAll(kindsOf.getOrDefault(t.getObject(), Set.of())));
            }
            newKinds.forEach(k -> perKind.merge(k, 1L, Long::sum));
            if (!state.hasType(Unr.Source)) {
                if (!curatedFactNodes.contains(s)) {
                    factNodes++;
                }
                if (state.has(Subject.DERIVED) && state.has(Subject.LOCATED) && !curatedSourced.contains(s)) {
                    sourced++;
                }
            }
        }

        /** Data-set graph {@code g} holds {@code triples} triples (none: it is not listed). */
        void graphHolds(Node g, long triples) {
            if (triples > 0) {
                perGraph.put(g.getURI(), triples);
            }
        }

        /** The curated counts with every closed subject added. */
        Statistics total() {
            Map<String, Long> perClassTotal = new TreeMap<>(curatedCounts.instancesPerClass());
            perClass.forEach((c, n) -> perClassTotal.merge(c.getURI(), n, Long::sum));
            Map<String, Long> perKindTotal = new TreeMap<>(curatedCounts.instancesOfKind());
            perKind.forEach((c, n) -> perKindTotal.merge(c.getURI(), n, Long::sum));
            Map<String, Map<String, Long>> linksTotal = new TreeMap<>();
            for (Map<String, Map<String, Long>> part : List.of(curatedCounts.linksToConcepts(), conceptLinks)) {
                part.forEach((concept, byKind) -> byKind.forEach((kind, n) ->
                        linksTotal.computeIfAbsent(concept, k -> new TreeMap<>()).merge(kind, n, Long::sum)));
            }
            Statistics c = curatedCounts;
            return new Statistics(c.triples() + triples, c.subjects() + subjects, properties.size(), classes.size(),
                    c.entities() + entities, perClassTotal, perKindTotal, new TreeMap<>(perGraph),
                    c.factNodes() + factNodes, c.factNodesWithProvenance() + sourced, linksTotal);
        }
    }

    /**
     * What is kept of one data-set subject until its last triple: a few flags and its types (nearly always one),
     * so that a million subjects held at once, as a load stream needs, stay small.
     */
    static final class Subject {
        static final byte KNOWN = 1;
        static final byte DERIVED = 2;
        static final byte LOCATED = 4;
        private static final Node[] NO_MORE = {};
        private byte flags;
        private Node type;
        private Node[] moreTypes = NO_MORE;

        private Subject(boolean known) {
            flags = known ? KNOWN : 0;
        }

        /** A subject as {@link SubjectTable} kept it. */
        static Subject restore(byte flags, Node type, Node[] moreTypes) {
            Subject subject = new Subject(false);
            subject.flags = flags;
            subject.type = type;
            subject.moreTypes = moreTypes == null ? NO_MORE : moreTypes;
            return subject;
        }

        byte flags() {
            return flags;
        }

        Node firstType() {
            return type;
        }

        Node[] moreTypes() {
            return moreTypes;
        }

        boolean has(byte flag) {
            return (flags & flag) != 0;
        }

        void mark(byte flag) {
            flags |= flag;
        }

        /** False if the subject already had {@code t}. */
        boolean addType(Node t) {
            if (hasType(t)) {
                return false;
            }
            if (type == null) {
                type = t;
            } else {
                moreTypes = Arrays.copyOf(moreTypes, moreTypes.length + 1);
                moreTypes[moreTypes.length - 1] = t;
            }
            return true;
        }

        boolean hasType(Node t) {
            return t.equals(type) || Arrays.asList(moreTypes).contains(t);
        }

        void eachType(Consumer<Node> each) {
            if (type != null) {
                each.accept(type);
            }
            Arrays.asList(moreTypes).forEach(each);
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
