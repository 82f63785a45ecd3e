package org.w3id.unrights.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;

/** A real server on a free port for the whole test class: the shipped curated data, and the fixture named queries. */
abstract class ServingShippedGraph {
    static RightsGraph graph;
    static FusekiServer server;
    static HttpTesting http;

    @BeforeAll
    static void start() {
        graph = Fixtures.curatedGraph();
        server = RightsServer.create(graph, ServerSettings.defaults().withPort(0).withQueries(Fixtures.FIXTURE_QUERIES)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }
}
