package org.w3id.unrights.serve;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.graph.OntologyVersion;
import org.w3id.unrights.graph.QueryView;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.serve.guard.Guard;
import org.w3id.unrights.site.BallotIndex;
import org.w3id.unrights.site.OntologyDocs;
import org.w3id.unrights.site.SharedLabels;

/**
 * The embedded Fuseki server, composed in one place: what it serves reads top to bottom.
 * The dataset is added read-only, so SPARQL Update and Graph Store writes do not exist on it; queries see it
 * through the {@link QueryView}, with RDFS entailment. Beside SPARQL: the landing page, resource pages for
 * every IRI, search over the text index (also {@code text:query} in SPARQL), named queries, the dumps, the docs, the ontology reference at {@code /ontology}, the static
 * files those pages use, and what crawlers look for ({@code robots.txt}, the sitemap, the icon). Around it all: validators and 304s for what depends only on the data
 * ({@link ConditionalGet}), the endpoint's service description, versioned twins of the dumps and the
 * ontology, and Jetty's compression. In front of
 * it all, the {@link Guard}: queries bounded in time and work, no outbound requests, security headers and
 * CORS for reads, on loopback unless the settings say otherwise.
 */
public final class RightsServer {
    /** The dataset's path: query at {@code /rights/sparql} and {@code /rights/query}, graph reads at {@code /rights/get}. */
    public static final String DATASET = "/rights";
    /** The short, stable SPARQL endpoint linked-data tools are pointed at: query only, at the path itself. */
    public static final String SPARQL = "/sparql";
    /**
     * The same data without the hierarchy view: asserted triples only, so that its counts are VoID's. Under
     * {@link #SPARQL}, so the guard's query limits cover it as they cover the endpoint.
     */
    public static final String ASSERTED = SPARQL + "/asserted";
    /** Paths whose answers are a function of the data alone, so carry ETag and Last-Modified and may be answered 304. */
    static final List<String> VALIDATED = List.of("/id/*", "/vocab/*", "/graph/*", "/queries/*", "/dumps/*", SearchServlet.PATH,
            SPARQL, ASSERTED, DATASET + "/*", OntologyServlet.PATH, OntologyServlet.PATH + "/*", SitemapServlet.INDEX, SitemapServlet.PAGES + "/*");
    /** The site's icon; {@code /favicon.ico}, which browsers ask for unbidden, answers with it too. */
    static final String FAVICON = "/static/favicon.svg";

    private RightsServer() {}

    /** Mounts {@code publication} as it is: its counts, index and dumps were made by the {@link org.w3id.unrights.publish.Publisher}. */
    public static FusekiServer create(Publication publication, ServerSettings settings) {
        RightsGraph graph = publication.graph();
        DatasetGraph served = Guard.bound(QueryView.of(graph), settings.limits());
        DatasetGraph asserted = Guard.bound(QueryView.asserted(graph), settings.limits());
        NamedQueries queries = new NamedQueries(settings.queries());
        Release release = publication.release();
        ConditionalGet validators = new ConditionalGet(release, publication.fingerprint());
        SitemapServlet sitemap = new SitemapServlet(graph.dataset());
        BallotIndex ballots = new BallotIndex(graph);
        SharedLabels labels = new SharedLabels(graph.dataset());
        // The guard's filters first, so that every answer, a 304 too, passes through them.
        FusekiServer.Builder builder = Guard.filter(FusekiServer.create(), settings.limits(), settings.cors());
        VALIDATED.forEach(path -> builder.addFilter(path, validators));
        builder
                .port(settings.port())
                .enablePing(true)
                .add(DATASET, served, false)
                .add(SPARQL, DataService.newBuilder(served).addEndpoint(Operation.Query).build())
                .add(ASSERTED, DataService.newBuilder(asserted).addEndpoint(Operation.Query).build())
                // "" is the servlet mapping of the root path alone.
                .addServlet("", new LandingPageServlet(publication.statistics(), graph::kinds, queries, publication.dumps()))
                .addServlet("/id/*", new DereferenceServlet(graph.dataset(), graph::kinds, publication.statistics(), release, ballots, labels))
                .addServlet("/vocab/*", new DereferenceServlet(graph.dataset(), graph::kinds, publication.statistics(), release, ballots, labels))
                .addServlet("/graph/*", new GraphServlet(graph.dataset(), labels))
                .addServlet(SearchServlet.PATH, new SearchServlet(publication::textIndex, graph.dataset(), graph::kinds, labels))
                .addServlet("/queries/*", new NamedQueryServlet(served, queries, settings.queryTimeout(), new SharedLabels(served)))
                .addFilter(SPARQL, ServiceDescriptionFilter.of(graph.dataset()))
                .addServlet("/dumps/*", new DumpServlet(publication.dumps()))
                .addServlet("/dumps/" + release.version() + "/*", new VersionedPath("/dumps/"))
                .addServlet(OntologyServlet.PATH + "/" + OntologyVersion.current(), new VersionedPath(OntologyServlet.PATH))
                .addServlet("/docs/*", new DocServlet())
                .addServlet("/static/*", new AssetServlet())
                .addServlet("/favicon.ico", new VersionedPath(FAVICON))
                .addServlet("/robots.txt", new RobotsServlet())
                .addServlet(SitemapServlet.INDEX, sitemap)
                .addServlet(SitemapServlet.PAGES + "/*", sitemap)
                .addServlet(OntologyServlet.PATH, new OntologyServlet(() -> OntologyDocs.of(graph)));
        // Set once the server is composed: the timeout is for requests, and a store's text index opens meanwhile.
        for (DatasetGraph dataset : List.of(served, asserted)) {
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
            Guard.search(dataset, publication.textIndex());
        }
        FusekiServer server = builder.build();
        SiteErrorPages.install(server);
        Guard.listen(server, settings.host(), settings.limits());
        Compression.around(server.getJettyServer());
        return server;
    }
}
