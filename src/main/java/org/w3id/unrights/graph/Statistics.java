package org.w3id.unrights.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.vocab.Prefixes;

/**
 * Counts that describe the graph: instances per class, triples per named graph, and how many of the fact
 * nodes in source graphs carry both a source and a locator (the provenance promise, measured).
 */
public record Statistics(Map<String, Long> instancesPerClass, Map<String, Long> triplesPerGraph,
                         long factNodes, long factNodesWithProvenance) {

    private static final String PER_CLASS = Prefixes.sparqlPrologue() + """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
              GRAPH ?g { ?s a ?class } FILTER (?g != <https://w3id.org/un-rights/graph/ontology>)
            } GROUP BY ?class ORDER BY ?class""";

    private static final String PER_GRAPH = """
            SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g""";

    private static final String FACT_NODES = Prefixes.sparqlPrologue() + """
            SELECT (COUNT(DISTINCT ?node) AS ?all) (COUNT(DISTINCT ?sourced) AS ?withProvenance) WHERE {
              GRAPH ?g { ?node ?p ?o }
              FILTER (?g NOT IN (<https://w3id.org/un-rights/graph/reference>, <https://w3id.org/un-rights/graph/ontology>))
              FILTER NOT EXISTS { GRAPH ?g { ?node a unr:Source } }
              OPTIONAL { GRAPH ?g { ?node prov:wasDerivedFrom ?source ; unr:locator ?locator } BIND (?node AS ?sourced) }
            }""";

    public static Statistics of(RightsGraph graph) {
        return Txn.calculateRead(graph.dataset(), () -> {
            var dataset = DatasetFactory.wrap(graph.dataset());
            Map<String, Long> perClass = new LinkedHashMap<>();
            Map<String, Long> perGraph = new LinkedHashMap<>();
            try (QueryExecution exec = QueryExecution.create(PER_CLASS, dataset)) {
                exec.execSelect().forEachRemaining(r -> perClass.put(r.getResource("class").getURI(), r.getLiteral("n").getLong()));
            }
            try (QueryExecution exec = QueryExecution.create(PER_GRAPH, dataset)) {
                exec.execSelect().forEachRemaining(r -> perGraph.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
            }
            try (QueryExecution exec = QueryExecution.create(FACT_NODES, dataset)) {
                var row = exec.execSelect().next();
                return new Statistics(perClass, perGraph, row.getLiteral("all").getLong(), row.getLiteral("withProvenance").getLong());
            }
        });
    }

    /** Share of fact nodes with source and locator, as a percentage; 100 when there are none. */
    public double provenanceShare() {
        return factNodes == 0 ? 100.0 : 100.0 * factNodesWithProvenance / factNodes;
    }
}
