package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.publish.Publisher;
import org.w3id.unrights.store.Tdb2Store;
import org.w3id.unrights.serve.BuildingServer;
import org.w3id.unrights.serve.RightsServer;
import org.w3id.unrights.serve.ServerSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build and check the graph into a store (once per version of the data; later starts reuse it), then serve it over HTTP: read-only SPARQL at /sparql, a landing page with "
                + "a query editor at /, resource pages at /id/..., named queries at /queries/, dumps at /dumps/.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on. Default: ${DEFAULT-VALUE}, reachable from this machine only; "
                    + "a public server stays on loopback behind a reverse proxy (README, Deployment). 0.0.0.0 listens on every interface.")
    String host;

    @Option(names = "--timeout", defaultValue = "" + ServerSettings.DEFAULT_QUERY_TIMEOUT_SECONDS, paramLabel = "SECONDS",
            description = "Longest a query may run, in seconds. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    @Option(names = "--no-cors", negatable = false, description = "Do not send CORS headers.")
    boolean noCors;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of named queries offered at /queries/ and on the landing page." + GraphOptions.FROM_THE_JAR)
    Path queries;

    @Option(names = "--memory", negatable = false,
            description = "Build the graph in memory at every start instead of keeping it in a store (for small data).")
    boolean memory;

    @Spec
    CommandSpec spec;

    /** The port is taken: nothing was served, and no store was changed. */
    static final int CANNOT_LISTEN = 4;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (memory && graph.store != null) {
            err.println("--memory and --store exclude each other: give one");
            return 2;
        }
        // A first build takes minutes: meanwhile the port answers ping, and says what the build is doing.
        Progress progress = Progress.to(err);
        PortDuringBuild held = new PortDuringBuild();
        Publisher publisher = Publisher.of(graph.builder(), progress).whenBuilding(() -> held.hold(progress));
        Optional<Publication> built;
        try {
            built = memory ? publisher.inMemory() : publisher.inStore(graph.store == null ? Tdb2Store.defaultRoot() : graph.store);
        } catch (RuntimeException e) {
            held.release();
            if (!cannotBind(e)) {
                throw e;
            }
            return cannotListen(err);
        }
        if (built.isEmpty()) {
            held.release();
            err.println("not serving invalid data");
            return ValidateCommand.INVALID;
        }
        Publication publication = built.get();
        ServerSettings settings = ServerSettings.defaults()
                .withPort(held.port())
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                .withCors(!noCors)
                .withHost(host);
        if (queries != null) {
            settings = settings.withQueries(queries);
        }
        FusekiServer server;
        try {
            // Composed before the building server lets go of the port, so that the port is closed for a moment only.
            server = RightsServer.create(publication, settings);
            held.release();
            server.start();
        } catch (RuntimeException e) {
            if (!cannotBind(e)) {
                throw e;
            }
            publication.close();
            return cannotListen(err);
        }
        // Listening on the new store: only now may the stores of earlier versions of the data go.
        publication.retireOthers();
        spec.commandLine().getOut().printf("UN Rights Graph serving at http://localhost:%d/ (SPARQL: http://localhost:%d/sparql)%n",
                server.getHttpPort(), server.getHttpPort());
        spec.commandLine().getOut().flush();
        // Queries, pages and search are answered already; the downloads follow, each served once whole.
        publication.dumps().write();
        server.join();
        return 0;
    }

    private int cannotListen(PrintWriter err) {
        err.println("cannot listen on port " + port + ": it is in use; the store is unchanged");
        return CANNOT_LISTEN;
    }

    /** The port while a first build runs: held by a {@link BuildingServer} until the server proper takes it. */
    private final class PortDuringBuild {
        private BuildingServer building;
        private int held = -1;

        void hold(Progress progress) {
            building = BuildingServer.start(host, port, progress::now);
            held = building.port();
            progress.say("Until the graph is built, http://localhost:" + held + "/$/ping answers and every page says how far it is");
        }

        /** The port for the server proper: the one held (with {@code --port 0}, the one it was given), else the one asked for. */
        int port() {
            return held >= 0 ? held : port;
        }

        /** Lets go of the port, if it is held. */
        void release() {
            if (building != null) {
                building.close();
                building = null;
            }
        }
    }

    private static boolean cannotBind(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}
