package org.w3id.unrights.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.publish.Publication;

/**
 * A real server on a free port for the whole test class: the shipped curated data, and the fixture named queries.
 * The publication is the one every such class shares ({@link Fixtures#curatedPublication()}); a class that reads
 * the dumps asks for them ({@code publication.dumps().awaitWritten()}), once for all.
 */
abstract class ServingShippedGraph {
    static Publication publication;
    static RightsGraph graph;
    static FusekiServer server;
    static HttpTesting http;

    @BeforeAll
    static void start() {
        publication = Fixtures.curatedPublication();
        graph = publication.graph();
        server = RightsServer.create(publication, ServerSettings.defaults().withPort(0).withQueries(Fixtures.FIXTURE_QUERIES)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }
}
