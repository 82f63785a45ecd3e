package org.w3id.unrights.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.graph.QueryView;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.site.OntologyDocs;

/**
 * The embedded Fuseki server, composed in one place: what it serves reads top to bottom.
 * The dataset is added read-only, so SPARQL Update and Graph Store writes do not exist on it; queries see it
 * through the {@link QueryView}, with RDFS entailment. Beside SPARQL: the landing page, resource pages for
 * every IRI, named queries, the dumps, the docs, the ontology reference at {@code /ontology}, and the static
 * files those pages use.
 */
public final class RightsServer {
    /** The dataset's path: query at {@code /rights/sparql} and {@code /rights/query}, graph reads at {@code /rights/get}. */
    public static final String DATASET = "/rights";
    /** The short, stable SPARQL endpoint linked-data tools are pointed at: query only, at the path itself. */
    public static final String SPARQL = "/sparql";

    private RightsServer() {}

    public static FusekiServer create(RightsGraph graph, ServerSettings settings) {
        DatasetGraph served = QueryView.of(graph);
        NamedQueries queries = new NamedQueries(settings.queries());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .enableCors(settings.cors(), null)
                .enablePing(true)
                .add(DATASET, served, false)
                .add(SPARQL, DataService.newBuilder(served).addEndpoint(Operation.Query).build())
                // "" is the servlet mapping of the root path alone.
                .addServlet("", new LandingPageServlet(Statistics.of(graph), queries))
                .addServlet("/id/*", new ResourceServlet(graph.dataset()))
                .addServlet("/vocab/*", new ResourceServlet(graph.dataset()))
                .addServlet("/graph/*", new GraphServlet(graph.dataset()))
                .addServlet("/queries/*", new NamedQueryServlet(served, queries, settings.queryTimeout()))
                .addServlet("/dumps/*", new DumpServlet(DumpServlet.exportAtStartUp(graph)))
                .addServlet("/docs/*", new DocServlet())
                .addServlet("/static/*", new AssetServlet())
                .addServlet(OntologyServlet.PATH, new OntologyServlet(OntologyDocs.of(graph)));
        // Set once the dumps are written and the landing page has its counts: the timeout is for requests.
        served.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        return builder.build();
    }
}
