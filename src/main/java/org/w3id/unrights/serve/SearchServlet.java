package org.w3id.unrights.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.load.KindMap;
import org.apache.jena.system.Txn;
import org.w3id.unrights.search.Priors;
import org.w3id.unrights.search.Search;
import org.w3id.unrights.site.SearchFilter;
import org.w3id.unrights.site.SearchPage;
import org.w3id.unrights.site.SearchView;
import org.w3id.unrights.site.SharedLabels;

/**
 * {@code /search?q=}: the text index searched for what a person typed, as a page (results grouped by kind) or,
 * by {@code Accept: application/json} or {@code ?format=json}, as JSON with the same groups.
 */
final class SearchServlet extends HttpServlet {
    static final String PATH = "/search";
    private static final String JSON = "application/json";
    private static final Negotiation FORMATS = new Negotiation(
            new Negotiation.Offer(Responses.HTML, "html"),
            new Negotiation.Offer(JSON, "json"));

    private final transient Supplier<TextIndex> index;
    private final transient DatasetGraph dataset;
    private final transient Supplier<KindMap> kinds;
    private final transient Priors priors;
    private final transient SharedLabels labels;

    /**
     * @param dataset the named graphs as built, where names and summaries are read
     * @param labels  the labels of {@code dataset}'s things, kept across requests
     */
    SearchServlet(Supplier<TextIndex> index, DatasetGraph dataset, Supplier<KindMap> kinds, SharedLabels labels) {
        this.kinds = kinds;
        this.labels = labels;
        this.index = index;
        this.dataset = dataset;
        this.priors = new Priors(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> negotiated = FORMATS.negotiate(request, response);
        if (negotiated.isEmpty()) {
            return;
        }
        String query = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
        if (query.length() > Search.LONGEST) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "a search is at most " + Search.LONGEST + " characters long");
            return;
        }
        Optional<SearchFilter> filter = filter(request);
        if (filter.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to are years, such as from=2010&to=2019");
            return;
        }
        SearchView view = Txn.calculateRead(dataset, () -> {
            List<Search.Hit> hits = new Search(index.get(), dataset, priors).find(query);
            return new SearchPage(dataset, kinds.get(), labels.forRequest()).view(query, hits, filter.get());
        });
        if (negotiated.get().equals(JSON)) {
            byte[] body = json(view).getBytes(StandardCharsets.UTF_8);
            response.setContentType(JSON);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else {
            Responses.page(response, view);
        }
    }

    /** {@code kind}, {@code from} and {@code to} as given; empty when a year is not one. */
    private static Optional<SearchFilter> filter(HttpServletRequest request) {
        String kind = Optional.ofNullable(request.getParameter("kind")).filter(k -> !k.isBlank()).orElse(null);
        try {
            return Optional.of(new SearchFilter(kind, year(request.getParameter("from")), year(request.getParameter("to"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("-?[0-9]{1,4}")) {
            throw new NumberFormatException(text);
        }
        return Integer.valueOf(text.strip());
    }

    private static String json(SearchView view) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (SearchView.Group group : view.groups()) {
            JsonArrayBuilder results = Json.createArrayBuilder();
            for (SearchView.Result result : group.results()) {
                JsonObjectBuilder each = Json.createObjectBuilder()
                        .add("iri", result.iri())
                        .add("label", result.link().text())
                        .add("summary", result.summary())
                        .add("score", result.score());
                if (result.link().href() != null) {
                    each.add("href", result.link().href());
                }
                results.add(each);
            }
            groups.add(Json.createObjectBuilder().add("kind", group.kind()).add("heading", group.heading()).add("results", results));
        }
        return Json.createObjectBuilder()
                .add("query", view.query())
                .add("found", view.found())
                .add("shown", view.shown())
                .add("groups", groups)
                .add("facets", Json.createObjectBuilder().add("kind", facets(view.kinds())).add("decade", facets(view.decades())))
                .build().toString();
    }

    private static JsonArrayBuilder facets(List<SearchView.Facet> facets) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        facets.forEach(f -> array.add(Json.createObjectBuilder().add("label", f.label()).add("count", f.n())
                .add("href", f.href()).add("chosen", f.chosen())));
        return array;
    }
}
