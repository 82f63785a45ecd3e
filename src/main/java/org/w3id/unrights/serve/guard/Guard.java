package org.w3id.unrights.serve.guard;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The server's defences, put in place by {@code RightsServer}: what a query may do and cost
 * ({@link #bound}), the filters in front of the servlets ({@link #filter}), and where it listens and what its
 * error pages show ({@link #listen}). docs/OPERATIONS.md says what each limit is and what remains.
 */
public final class Guard {
    /** The paths that run queries: the SPARQL endpoints and the named queries. */
    static final String[] QUERY_PATHS = {"/sparql/*", "/rights/*", "/queries/*"};
    /** The pages that read the graph: resources and their lists, named graphs, search. */
    static final String[] PAGE_PATHS = {"/id/*", "/vocab/*", "/graph/*", "/search"};

    /** Request threads beyond the queries' own, for pages, static files and quick refusals. */
    private static final int PAGE_THREADS = 48;

    /** Slowest a request body may arrive, on average since its first byte, before Jetty ends it with 408. */
    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    /** Largest request header field (name and value), as common servers have it (Apache's 8 KB, nginx's 8–16 KB). */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Most request header fields (Apache's LimitRequestFields). */
    static final int MAX_HEADERS = 100;

    private Guard() {}

    /**
     * The dataset as served: every query on it runs under the {@link Limits} (through a context of its own,
     * so the endpoint, the named queries and the pages alike, while exports and the command line using the
     * same graph are not affected); functions are those of ARQ's library, each held to the string limit, and none
     * loaded by class name ({@link LibraryOnly}); SERVICE is off as a second line behind the refusal in the filter, and of
     * the property functions, which the bounds do not reach (apf:strSplit splits by regular expression), only
     * {@code text:query} is on, answered from the index that {@link #search} gives it ({@link AllowedPropertyFunctions}).
     */
    public static DatasetGraph bound(DatasetGraph view, Limits limits) {
        Context context = view.getContext() == null ? new Context() : view.getContext().copy();
        QueryEngineRegistry.set(context, GuardedQueryEngine.registry(limits));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.enablePropertyFunctions, true);
        PropertyFunctionRegistry.set(context, new AllowedPropertyFunctions());
        FunctionRegistry.set(context, new LibraryOnly(FunctionRegistry.get(), limits));
        return new Served(view, context);
    }

    /** Answers {@code text:query} over a dataset {@link #bound} gave from {@code text}. */
    public static void search(DatasetGraph served, TextIndex text) {
        served.getContext().set(TextQuery.textIndex, text);
    }

    /** A view (ARQ queries it as it is, not what it wraps) with its own context. */
    private static final class Served extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        Served(DatasetGraph view, Context context) {
            super(view, context);
        }
    }

    /**
     * The filters, and request threads enough for every running and waiting query plus the pages: Fuseki's
     * default of 20 would leave queries waiting in Jetty's own unbounded queue, out of reach of the limits.
     * Queries and the pages that read the graph share one {@link Admission}.
     */
    public static FusekiServer.Builder filter(FusekiServer.Builder builder, Limits limits, boolean cors) {
        builder.numServerThreads(4, limits.quickQueries() + limits.concurrentQueries() + limits.queuedQueries() + PAGE_THREADS);
        builder.addFilter("/*", new SurfaceFilter(cors));
        Admission admission = new Admission(limits);
        QueryFilter queries = new QueryFilter(limits, admission);
        for (String path : QUERY_PATHS) {
            builder.addFilter(path, queries);
        }
        PageFilter pages = new PageFilter(admission);
        for (String path : PAGE_PATHS) {
            builder.addFilter(path, pages);
        }
        return builder;
    }

    /**
     * Listens on {@code host} only (loopback unless told otherwise); error pages carry no stack traces or causes.
     * Jetty reads a request's line and headers without a thread, so slow headers cost only a connection; a body
     * is read on a request thread, so Jetty ends one that arrives slower than {@link #MIN_BODY_BYTES_PER_SECOND}
     * (408), and the {@link QueryFilter} lets only a few be read at once. The request line and headers together
     * may take what a GET with the longest query allows (percent-encoded, three bytes a character), down from
     * Fuseki's 512 KiB; each header field and their number are held to common servers' limits by the
     * {@link SurfaceFilter}.
     */
    public static FusekiServer listen(FusekiServer server, String host, Limits limits) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(host);
                HttpConnectionFactory http = network.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(requestHeadBytes(limits));
                    http.getHttpConfiguration().setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
                }
            }
        }
        if (server.getJettyServer().getErrorHandler() instanceof ErrorHandler errors) {
            errors.setShowStacks(false);
            errors.setShowCauses(false);
            errors.setShowOrigin(false);
        }
        return server;
    }

    /** Room for a GET request line carrying the longest query, percent-encoded, and for ordinary headers besides. */
    static int requestHeadBytes(Limits limits) {
        return (int) Math.min(Integer.MAX_VALUE, 3L * limits.queryChars() + 4L * MAX_HEADER_BYTES);
    }
}
