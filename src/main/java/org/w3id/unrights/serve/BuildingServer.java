package org.w3id.unrights.serve;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.w3id.unrights.site.ErrorView;
import org.w3id.unrights.site.Site;

/**
 * What answers on the server's address while the store is first built, which takes minutes with the data sets
 * sets: {@code /$/ping} answers 200 (the process is alive and will serve), every other path 503 with
 * {@code Retry-After} and a page, in the site's layout, that says which stage the build is at. It holds the
 * port from the start, so a taken port is found before the build rather than after it; once the publication is
 * ready it is closed and the server proper takes the same port.
 */
public final class BuildingServer implements AutoCloseable {
    /** Seconds a client is asked to wait before asking again. */
    static final String RETRY_AFTER = "10";

    private final Server server;

    private BuildingServer(Server server) {
        this.server = server;
    }

    /**
     * Listens on {@code host}:{@code port} (0: any free port) and answers with {@code state}, a line saying what
     * the build is doing. Throws, with a {@link java.net.BindException} among the causes, if the port is taken.
     */
    public static BuildingServer start(String host, int port, Supplier<String> state) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                boolean ping = Request.getPathInContext(request).equals("/$/ping");
                byte[] body;
                if (ping) {
                    response.setStatus(HttpStatus.OK_200);
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
                    body = "building\n".getBytes(StandardCharsets.UTF_8);
                } else {
                    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
                    response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER);
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
                    body = Site.render(new ErrorView(HttpStatus.SERVICE_UNAVAILABLE_503, "Building", "The graph is being built",
                            "This server builds its store once for each version of the data, and answers as soon as it is built. Now: "
                                    + state.get(), null, List.of())).getBytes(StandardCharsets.UTF_8);
                }
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // Nothing was served.
            }
            throw new IllegalStateException("cannot listen on " + host + ":" + port, e);
        }
        return new BuildingServer(server);
    }

    /** The port it listens on, for the server proper to take over. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Stops answering and frees the port. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the server that answered during the build", e);
        }
    }
}
