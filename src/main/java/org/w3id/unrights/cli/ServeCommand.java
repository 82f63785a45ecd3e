package org.w3id.unrights.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.serve.RightsServer;
import org.w3id.unrights.serve.ServerSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build and check the graph, then serve it over HTTP: read-only SPARQL at /sparql, a landing page with "
                + "a query editor at /, resource pages at /id/..., named queries at /queries/, dumps at /dumps/.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--timeout", defaultValue = "" + ServerSettings.DEFAULT_QUERY_TIMEOUT_SECONDS, paramLabel = "SECONDS",
            description = "Longest a query may run, in seconds. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    @Option(names = "--no-cors", negatable = false, description = "Do not send CORS headers.")
    boolean noCors;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of named queries offered at /queries/ and on the landing page." + GraphOptions.FROM_THE_JAR)
    Path queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<RightsGraph> built = graph.buildValid(spec.commandLine().getErr());
        if (built.isEmpty()) {
            spec.commandLine().getErr().println("not serving invalid data");
            return ValidateCommand.INVALID;
        }
        ServerSettings settings = ServerSettings.defaults()
                .withPort(port)
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                .withCors(!noCors);
        if (queries != null) {
            settings = settings.withQueries(queries);
        }
        FusekiServer server = RightsServer.create(built.get(), settings).start();
        spec.commandLine().getOut().printf("UN Rights Graph serving at http://localhost:%d/ (SPARQL: http://localhost:%d/sparql)%n",
                server.getHttpPort(), server.getHttpPort());
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }
}
