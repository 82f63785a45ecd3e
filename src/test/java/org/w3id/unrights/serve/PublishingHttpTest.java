package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The landing page, the dumps, named queries, docs and static files, over real HTTP. */
class PublishingHttpTest extends ServingShippedGraph {
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
        long union = Txn.calculateRead(graph.dataset(), () -> (long) graph.dataset().getUnionGraph().size());
        assertTrue(description.contains(Ids.DATASET, DatasetTerms.voidTriples,
                NodeFactory.createLiteralDT(Long.toString(union), XSDDatatype.XSDinteger)));
    }

    @Test
    void dumpsPageListsEveryFileAndOthersAre404() {
        String page = http.get("/dumps/").body();
        for (Dump dump : Dump.values()) {
            assertTrue(page.contains("href=\"/dumps/" + dump.fileName() + "\""), dump.fileName());
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

        HttpResponse<String> html = http.get("/queries/" + FIXTURE_QUERY, "Accept", "text/html");
        assertTrue(html.body().contains("<h1>States by name</h1>"));
        assertTrue(html.body().contains("<table class=\"results\">"));
        assertEquals(states, count(html.body(), "<tr><td>"));
        assertTrue(html.body().contains(states + " rows"));
    }

    @Test
    void unknownNamedQueryIs404() {
        assertEquals(404, http.get("/queries/no-such-query").statusCode());
        int traversal = http.get("/queries/..%2Fpom").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "answered " + traversal);
        assertTrue(http.get("/queries/").body().contains("href=\"/queries/" + FIXTURE_QUERY + "\""));
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
            projectServer = RightsServer.create(graph, ServerSettings.defaults().withPort(0)).start();
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
        String page = response.body();
        long states = Txn.calculateRead(graph.dataset(), () ->
                graph.dataset().stream(Ids.REFERENCE_GRAPH, null, Std.rdfType, Unr.State).count());
        assertTrue(page.contains("<span class=\"n\">" + states + "</span>states"), "live count of states");
        assertTrue(page.contains("data-run=\"" + FIXTURE_QUERY + "\""), "run button of the named query");
        assertTrue(page.contains("Which states does the graph know"), "the query's question");
        assertTrue(page.contains("id=\"yasgui\""));
        assertEquals(3, count(page, "data-chart="));
        for (Dump dump : Dump.values()) {
            assertTrue(page.contains("href=\"/dumps/" + dump.fileName() + "\""));
        }
        assertTrue(page.contains("href=\"/docs/QUERYING.md\""));
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
            String page = http.get(path, "Accept", "text/html").body();
            Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+\\.(?:js|css))\"").matcher(page);
            int found = 0;
            while (assets.find()) {
                String asset = assets.group(1);
                assertTrue(asset.startsWith("/static/"), path + " loads " + asset + " from elsewhere");
                assertEquals(200, http.get(asset).statusCode(), asset);
                found++;
            }
            assertTrue(found > 0, path + " has no stylesheet");
        }
        assertEquals(404, http.get("/static/../un-rights-graph.properties").statusCode());
        assertEquals(404, http.get("/static/nothing.js").statusCode());
    }

    @Test
    void docsAreRenderedWithTables() {
        HttpResponse<String> querying = http.get("/docs/QUERYING.md");
        assertEquals(200, querying.statusCode());
        assertTrue(querying.body().contains("<h1>"));
        HttpResponse<String> ontology = http.get("/docs/ONTOLOGY.md");
        assertTrue(ontology.body().contains("<table>"), "GitHub-style tables are rendered");
        assertTrue(http.get("/docs/").body().contains("href=\"/docs/QUERYING.md\""));
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

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
