package org.w3id.unrights.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;
import org.w3id.unrights.serve.guard.QueryRefused;
import org.w3id.unrights.site.ErrorView;
import org.w3id.unrights.site.Link;
import org.w3id.unrights.site.QueriesView;
import org.w3id.unrights.site.QueryCard;
import org.w3id.unrights.site.ResultTable;
import org.w3id.unrights.site.ResultsView;
import org.w3id.unrights.site.SharedLabels;

/**
 * {@code /queries/{name}} runs a named query of the queries folder over the served graph and answers with
 * an HTML table, SPARQL JSON, CSV, TSV or XML results by {@code Accept} or {@code ?format=};
 * {@code /queries/} lists them.
 */
final class NamedQueryServlet extends HttpServlet {
    static final Negotiation FORMATS = new Negotiation(
            new Negotiation.Offer(Responses.HTML, "html"),
            new Negotiation.Offer(WebContent.contentTypeResultsJSON, "json"),
            new Negotiation.Offer(WebContent.contentTypeTextCSV, "csv"),
            new Negotiation.Offer(WebContent.contentTypeTextTSV, "tsv"),
            new Negotiation.Offer(WebContent.contentTypeResultsXML, "xml"));

    private final DatasetGraph served;
    private final NamedQueries queries;
    private final Duration timeout;
    private final SharedLabels labels;

    /** Rows on one HTML page of an answer. */
    static final int PAGE = 50;

    /**
     * @param served the dataset as /sparql serves it (union default graph)
     * @param labels the labels of {@code served}'s things, kept across requests
     */
    NamedQueryServlet(DatasetGraph served, NamedQueries queries, Duration timeout, SharedLabels labels) {
        this.served = served;
        this.labels = labels;
        this.queries = queries;
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect("/queries/");
            return;
        }
        if (path.equals("/")) {
            Responses.page(response, new QueriesView(queries.all().stream().map(NamedQueryServlet::card).toList()));
            return;
        }
        String name = path.substring(1);
        Optional<NamedQuery> named = name.contains("/") || name.startsWith(".") ? Optional.empty()
                : queries.all().stream().filter(q -> q.name().equals(name)).findFirst();
        if (named.isEmpty()) {
            Responses.notFound(response, "No such query", "There is no named query '" + name + "'.", "/queries/", "list of named queries");
            return;
        }
        Optional<String> negotiated = FORMATS.negotiate(request, response);
        if (negotiated.isEmpty()) {
            return;
        }
        List<NamedQuery.Parameter> parameters = named.get().parameters();
        Map<String, String> given = new LinkedHashMap<>();
        parameters.forEach(p -> Optional.ofNullable(request.getParameter(p.name())).filter(v -> !v.isBlank())
                .ifPresent(v -> given.put(p.name(), v)));
        Query query;
        try {
            query = named.get().query(given);
        } catch (IllegalArgumentException e) {
            Responses.error(response, new ErrorView(HttpServletResponse.SC_BAD_REQUEST, "Bad parameter", "A value does not fit the query",
                    e.getMessage(), Link.to("/queries/" + named.get().name(), "the query with its defaults"), List.of()));
            return;
        }
        if (!query.isSelectType()) {
            Responses.error(response, new ErrorView(HttpServletResponse.SC_NOT_IMPLEMENTED, "Not served here", "Not a SELECT query",
                    "Only SELECT queries are served here; ask the others at /sparql.", Link.to("/queries/", "list of named queries"), List.of()));
            return;
        }
        ResultSetRewindable results;
        try {
            results = select(query);
        } catch (QueryRefused e) {
            Responses.error(response, new ErrorView(422, "Refused", "The query crossed one of the server's limits",
                    e.getMessage(), Link.to("/queries/", "list of named queries"), List.of()));
            return;
        } catch (QueryCancelledException e) {
            Responses.error(response, new ErrorView(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Timed out", "The query took too long",
                    "The query ran past the time limit and was cancelled.", Link.to("/queries/", "list of named queries"), List.of()));
            return;
        }
        String mediaType = negotiated.get();
        if (mediaType.equals(Responses.HTML)) {
            Responses.page(response, page(named.get(), parameters, given, query, results, Responses.pageNumber(request.getParameter("page"))));
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, results, langOf(mediaType));
            response.setContentType(mediaType + ";charset=utf-8");
            response.setContentLength(out.size());
            out.writeTo(response.getOutputStream());
        }
    }

    private ResultSetRewindable select(Query query) {
        return Txn.calculateRead(served, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(served)).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                ResultSet rs = exec.execSelect();
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    /** The result-set format Jena registers for a negotiated media type; JSON for the SPARQL JSON type itself. */
    private static Lang langOf(String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        return lang != null && ResultSetWriterRegistry.isRegistered(lang) ? lang : ResultSetLang.RS_JSON;
    }

    /** A page of {@link #PAGE} rows of the answer ({@code ?page=}, from 1); the formats carry every row. */
    private ResultsView page(NamedQuery named, List<NamedQuery.Parameter> declared, Map<String, String> given, Query query,
                             ResultSetRewindable results, int page) {
        int total = results.size();
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        int from = (shown - 1) * PAGE;
        List<List<Link>> rows = Txn.calculateRead(served, () -> ResultTable.rows(results, labels.forRequest(), from, from + PAGE));
        // The parameters given ride along on the links to other pages and formats of the same answer.
        String bound = given.entrySet().stream().map(e -> "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining());
        List<Link> pageLinks = pages < 2 ? List.of() : Link.pages(pages, shown, p -> "/queries/" + named.name() + "?page=" + p + bound);
        List<ResultsView.Parameter> parameters = declared.stream().map(p -> new ResultsView.Parameter(p.name(), p.description(),
                given.getOrDefault(p.name(), p.standardText()), p.standardText())).toList();
        return new ResultsView(card(named), FORMATS.links("").stream().map(l -> new Link(l.href() + bound, l.text(), l.title(), l.mediaType())).toList(),
                // The editor opens the text as written, comments kept; with parameters set, the query as set.
                "/?query=" + URLEncoder.encode(given.isEmpty() ? named.text() : query.serialize(), StandardCharsets.UTF_8) + "#editor",
                results.getResultVars(), rows,
                total, from + 1, pageLinks, parameters);
    }

    static QueryCard card(NamedQuery named) {
        return new QueryCard(named.name(), named.title(), named.question(), named.text());
    }

}
