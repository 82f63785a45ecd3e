package org.w3id.unrights.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.graph.QueryView;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.ontology.OntologyDocs;

/**
 * The embedded Fuseki server, composed in one place: what it serves reads top to bottom.
 * The dataset is added read-only, so SPARQL Update and Graph Store writes do not exist on it; queries see it
 * through the {@link QueryView}, with RDFS entailment. {@code /ontology} serves the ontology reference.
 */
public final class RightsServer {
    /** The dataset's path: query at {@code /rights/sparql} and {@code /rights/query}, graph reads at {@code /rights/get}. */
    public static final String DATASET = "/rights";
    /** The short, stable SPARQL endpoint linked-data tools are pointed at: query only, at the path itself. */
    public static final String SPARQL = "/sparql";

    private RightsServer() {}

    public static FusekiServer create(RightsGraph graph, ServerSettings settings) {
        DatasetGraph served = QueryView.of(graph);
        served.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        return FusekiServer.create()
                .port(settings.port())
                .enableCors(settings.cors(), null)
                .enablePing(true)
                .add(DATASET, served, false)
                .add(SPARQL, DataService.newBuilder(served).addEndpoint(Operation.Query).build())
                .addServlet(OntologyServlet.PATH, new OntologyServlet(OntologyDocs.of(graph)))
                .build();
    }
}
