package org.w3id.unrights.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.UnionDefaultGraph;

/**
 * The embedded Fuseki server, composed in one place: what it serves reads top to bottom.
 * The dataset is added read-only, so SPARQL Update and Graph Store writes do not exist on it.
 */
public final class RightsServer {
    /** The dataset's path: SPARQL query at {@code /rights/sparql}, also reachable as {@code /sparql}. */
    public static final String DATASET = "/rights";

    private RightsServer() {}

    public static FusekiServer create(RightsGraph graph, ServerSettings settings) {
        DatasetGraph served = new UnionDefaultGraph(graph.dataset());
        served.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        return FusekiServer.create()
                .port(settings.port())
                .enableCors(settings.cors(), null)
                .enablePing(true)
                .add(DATASET, served, false)
                .addFilter("/sparql", new ForwardFilter(DATASET + "/sparql"))
                .build();
    }
}
