package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The landing page, the dumps, named queries, docs and static files, over real HTTP. */
class PublishingHttpTest extends ServingShippedGraph {

    /** This class reads the dumps: they are written once, for every class that shares the publication. */
    @BeforeAll
    static void dumpsWritten() {
        publication.dumps().awaitWritten();
    }
    static final String FIXTURE_QUERY = "states-by-name";
    private static FusekiServer projectServer;
    // Dumps

    @ParameterizedTest
    @EnumSource(Dump.class)
    void everyDumpIsServedAndParses(Dump dump) throws IOException {
        HttpResponse<byte[]> response = http.getBytes("/dumps/" + dump.fileName());
        assertEquals(200, response.statusCode(), dump.fileName());
        byte[] body = dump.gzipped() ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes() : response.body();
        if (dump == Dump.CONTEXT) {
            assertTrue(new String(body, StandardCharsets.UTF_8).contains("\"@context\""));
            return;
        }
        DatasetGraph parsed = DatasetGraphFactory.create();
        Lang lang = RDFLanguages.contentTypeToLang(dump.mediaType());
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(parsed);
        assertTrue(parsed.stream().findAny().isPresent(), dump.fileName() + " is empty");
    }

    @Test
    void voidChecksumsMatchTheServedBytes() throws NoSuchAlgorithmException {
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(http.get("/dumps/void.ttl").body(), Lang.TURTLE).parse(description);
        for (Dump dump : Dump.values()) {
            if (dump == Dump.VOID) {
                continue;
            }
            byte[] bytes = http.getBytes("/dumps/" + dump.fileName()).body();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            String query = Prefixes.sparqlPrologue() + "ASK { <" + dump.downloadUrl() + "> dcat:byteSize ?size ; "
                    + "spdx:checksum/spdx:checksumValue ?sum FILTER (STR(?sum) = \"" + sha + "\" && ?size = " + bytes.length + ") }";
            try (QueryExecution exec = QueryExecution.create(query, ModelFactory.createModelForGraph(description))) {
                assertTrue(exec.execAsk(), dump.fileName() + ": size or sha256 in void.ttl differ from the served file");
            }
        }
    }

    @Test
    void servedTriplesCountIsTheDatasetsUnion() {
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(http.get("/dumps/void.ttl").body(), Lang.TURTLE).parse(description);
        long union = Txn.calculateRead(graph.dataset(), () -> (long) Fixtures.asserted(graph.dataset()).getUnionGraph().size());
        assertTrue(description.contains(Ids.DATASET, DatasetTerms.voidTriples,
                NodeFactory.createLiteralDT(Long.toString(union), XSDDatatype.XSDinteger)));
    }

    @Test
    void dumpsPageListsEveryFileAndOthersAre404() {
        Document page = http.page("/dumps/");
        for (Dump dump : Dump.values()) {
            Element row = page.selectFirst("table.dumps tbody a[href='/dumps/" + dump.fileName() + "']").closest("tr");
            assertEquals(dump.title(), row.child(1).text(), dump.fileName());
            assertEquals(http.getBytes("/dumps/" + dump.fileName()).body().length, Long.parseLong(row.child(3).text()), "size of " + dump.fileName());
        }
        assertEquals(404, http.get("/dumps/../pom.xml").statusCode());
        assertEquals(404, http.get("/dumps/secret.txt").statusCode());
    }

    // Named queries

    @Test
    void namedQueryAnswersAsSparqlJsonCsvAndHtml() {
        long states = Txn.calculateRead(graph.dataset(), () ->
                graph.dataset().stream(Ids.REFERENCE_GRAPH, null, Std.rdfType, Unr.State).count());

        HttpResponse<String> json = http.get("/queries/" + FIXTURE_QUERY, "Accept", "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertEquals(states, rows(json.body(), ResultSetLang.RS_JSON));

        HttpResponse<String> csv = http.get("/queries/" + FIXTURE_QUERY, "Accept", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(states, rows(csv.body(), ResultSetLang.RS_CSV));
        assertEquals(csv.body(), http.get("/queries/" + FIXTURE_QUERY + "?format=csv").body());

        Document html = http.page("/queries/" + FIXTURE_QUERY, "Accept", "text/html");
        assertEquals("States by name", html.selectFirst("article.named-query h1").text());
        // The page shows the answer a page of rows at a time; the formats carry every row.
        int shown = (int) Math.min(states, NamedQueryServlet.PAGE);
        assertEquals(shown, html.select("table.results tbody tr").size());
        assertEquals(states + " rows; 1–" + shown + " on this page; all of them in the formats above", html.selectFirst("p.row-count").text());
        long pages = (states + NamedQueryServlet.PAGE - 1) / NamedQueryServlet.PAGE;
        assertEquals(pages - 1, html.select("nav.pages a").size(), "a link to every other page");
        Document last = http.page("/queries/" + FIXTURE_QUERY + "?page=" + pages);
        assertEquals(states % NamedQueryServlet.PAGE == 0 ? NamedQueryServlet.PAGE : states % NamedQueryServlet.PAGE,
                last.select("table.results tbody tr").size(), "the last page holds the rest");
        assertEquals("/id/state/afg", html.selectFirst("table.results tbody tr td a").attr("href"), "IRIs link to their page here");
        assertEquals("Afghanistan", html.selectFirst("table.results tbody tr td a").text(), "under their label");
        assertEquals(4, html.select("p.formats a[href^=?format=]").size());
    }

    @Test
    void unknownNamedQueryIs404() {
        assertEquals(404, http.get("/queries/no-such-query").statusCode());
        int traversal = http.get("/queries/..%2Fpom").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "answered " + traversal);
        assertEquals("States by name", http.page("/queries/").selectFirst("dl.query-list dt a[href='/queries/" + FIXTURE_QUERY + "']").text());
    }

    /** Whatever queries/ holds (it grows on main), each named query runs over HTTP on a server serving that folder. */
    static Stream<NamedQuery> projectQueries() {
        return new NamedQueries(Fixtures.QUERIES).all().stream();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("projectQueries")
    void everyProjectNamedQueryRunsOverHttp(NamedQuery named) {
        HttpResponse<String> response = projectServer().get("/queries/" + named.name(), "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response::body);
        rows(response.body(), ResultSetLang.RS_JSON);
    }

    /** A second server, on the project's own queries/ folder, started the first time a project query is tested. */
    private static synchronized HttpTesting projectServer() {
        if (projectServer == null) {
            projectServer = RightsServer.create(publication, ServerSettings.defaults().withPort(0)).start();
        }
        return new HttpTesting(projectServer.getHttpPort());
    }

    @AfterAll
    static void stopProjectServer() {
        if (projectServer != null) {
            projectServer.stop();
        }
    }

    // Landing page, docs, static files

    @Test
    void landingPageShowsCountsQueriesEditorChartsAndDumps() {
        HttpResponse<String> response = http.get("/", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        long states = Txn.calculateRead(graph.dataset(), () ->
                graph.dataset().stream(Ids.REFERENCE_GRAPH, null, Std.rdfType, Unr.State).count());
        Element count = page.select("ul.counts li a").stream().filter(a -> a.ownText().equals("states")).findFirst().orElseThrow();
        assertEquals(Long.toString(states), count.selectFirst("span.n").text(), "live count of states");
        assertEquals("/id/state/", count.attr("href"), "linked to the listing of states");
        // The ids and data attributes site.js and editor.js work with.
        Element query = page.selectFirst("details.named-query[data-name=" + FIXTURE_QUERY + "]");
        assertNotNull(query.selectFirst("button[data-run=" + FIXTURE_QUERY + "]"), "run button of the named query");
        assertNotNull(query.selectFirst("button[data-edit=" + FIXTURE_QUERY + "]"), "open-in-editor button");
        assertTrue(query.selectFirst("pre#query-" + FIXTURE_QUERY).text().contains("SELECT ?state ?name"), "the query's text");
        assertNotNull(query.selectFirst("div#result-" + FIXTURE_QUERY), "where its results go");
        assertEquals("Which states does the graph know, and what are they called?", query.selectFirst("p.question").text());
        assertNotNull(page.selectFirst("section#editor div#yasgui"));
        assertEquals(List.of("upr", "council", "record", "votes"), page.select("figure.chart").eachAttr("data-chart"));
        for (Dump dump : Dump.values()) {
            assertNotNull(page.selectFirst("ul.downloads a[href='/dumps/" + dump.fileName() + "']"), dump.fileName());
        }
        assertNotNull(page.selectFirst("a[href='/docs/QUERYING.md']"));
        assertEquals(List.of("/static/vendor/yasgui/yasgui.min.js", "/static/site.js", "/static/editor.js", "/static/charts.js"),
                page.select("script[src]").eachAttr("src"));
    }

    @Test
    void theLandingPageCountsTheTriplesVoidCounts() {
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(http.get("/dumps/void.ttl").body(), Lang.TURTLE).parse(description);
        String triples = description.find(Ids.DATASET, DatasetTerms.voidTriples, null).next().getObject().getLiteralLexicalForm();
        String page = http.get("/", "Accept", "text/html").body();
        assertTrue(page.contains("<span class=\"n\">" + triples + "</span>triples"), "the page and void.ttl give one number of triples");
    }

    @Test
    void everyScriptAndStylesheetOfThePagesIsServedHere() {
        for (String path : List.of("/", "/id/state/prk", "/dumps/", "/queries/" + FIXTURE_QUERY, "/docs/QUERYING.md")) {
            Document page = http.page(path, "Accept", "text/html");
            List<String> assets = new ArrayList<>(page.select("link[rel=stylesheet]").eachAttr("href"));
            assets.addAll(page.select("script[src]").eachAttr("src"));
            for (String asset : assets) {
                assertTrue(asset.startsWith("/static/"), path + " loads " + asset + " from elsewhere");
                assertEquals(200, http.get(asset).statusCode(), asset);
            }
            assertTrue(assets.contains("/static/site.css"), path + " has not the site's stylesheet");
        }
        assertEquals(404, http.get("/static/../un-rights-graph.properties").statusCode());
        assertEquals(404, http.get("/static/nothing.js").statusCode());
    }

    @Test
    void docsAreRenderedWithTables() {
        HttpResponse<String> querying = http.get("/docs/QUERYING.md");
        assertEquals(200, querying.statusCode());
        Document page = Jsoup.parse(querying.body());
        String heading = page.selectFirst("article.doc h1").text();
        assertEquals(heading + " · UN Rights Graph", page.title(), "the first heading is the title");
        Document ontology = http.page("/docs/ONTOLOGY.md");
        assertFalse(ontology.select("article.doc table thead th").isEmpty(), "GitHub-style tables are rendered");
        assertEquals("QUERYING.md", http.page("/docs/").selectFirst("a[href='/docs/QUERYING.md']").text());
        assertEquals(404, http.get("/docs/secret.md").statusCode());
    }

    private static long rows(String body, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        long n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

}
