package org.w3id.unrights.serve;

import java.nio.file.Path;
import java.time.Duration;

import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.serve.guard.Limits;

/**
 * The server's options, each with its default. Immutable; build with {@link #defaults()} and the
 * {@code with…} methods.
 *
 * @param port        TCP port; default 3030. 0 picks any free port (tests use it).
 * @param queryTimeout longest a SPARQL query may run before it is cancelled; default 30 seconds.
 * @param cors        send CORS headers so browser tools on other origins (YASGUI, Comunica) can query; default on.
 * @param queries     folder of named queries served at /queries/ and listed on the landing page; default the
 *                    {@link Bundle#queries() queries inside the jar}.
 * @param host        address to listen on; default {@code localhost}, so only this machine can connect. A public
 *                    server listens on loopback behind a reverse proxy (README, "Deployment").
 * @param limits      what one query may cost and how many run at once; see {@link Limits}.
 */
public record ServerSettings(int port, Duration queryTimeout, boolean cors, Path queries, String host, Limits limits) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "localhost";
    /** In seconds, as the command line takes it; a constant so that picocli can show it as the option's default. */
    public static final long DEFAULT_QUERY_TIMEOUT_SECONDS = 30;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(DEFAULT_QUERY_TIMEOUT_SECONDS);

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
    }

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_PORT, DEFAULT_QUERY_TIMEOUT, true, Bundle.queries(), DEFAULT_HOST, Limits.defaults());
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(newPort, queryTimeout, cors, queries, host, limits);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(port, timeout, cors, queries, host, limits);
    }

    public ServerSettings withCors(boolean enabled) {
        return new ServerSettings(port, queryTimeout, enabled, queries, host, limits);
    }

    public ServerSettings withQueries(Path dir) {
        return new ServerSettings(port, queryTimeout, cors, dir, host, limits);
    }

    public ServerSettings withHost(String address) {
        return new ServerSettings(port, queryTimeout, cors, queries, address, limits);
    }

    public ServerSettings withLimits(Limits newLimits) {
        return new ServerSettings(port, queryTimeout, cors, queries, host, newLimits);
    }
}
