package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.publish.TemporaryFolder;
import org.w3id.unrights.vocab.Std;

/**
 * No 500 for a client's mistake or for odd data, over real HTTP: text searches Lucene cannot run are the
 * client's 400 with a reason; a roll call whose description carried a control character in the data set (as
 * eight of the real ones do) serialises in every format and its SPARQL XML results are well formed; no error
 * body names a Java class. The data: the shipped curated data and a data set of two roll calls written as the
 * real one is, one of them the real roll call 5917 with its backspace.
 */
class NoServerErrorsTest {
    static final String VOTE = "/id/vote/unga-rollcall-5917";
    static final Pattern JAVA_CLASS = Pattern.compile("(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\b\\w+(?:Exception|Error)\\b");

    static FusekiServer server;
    static HttpTesting http;

    @BeforeAll
    static void start() throws IOException {
        Path data = Fixtures.copy(Fixtures.curatedData(), TemporaryFolder.removedAtExit("un-rights-odd").resolve("data"));
        writeDataSet(Files.createDirectories(data.resolve("datasets/unga-rollcalls")));
        server = RightsServer.create(Fixtures.publish(data), ServerSettings.defaults().withPort(0)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aRollCallWhoseTextHadAControlCharacterSerialisesInEveryFormat() {
        for (String format : new String[] {"rdf", "ttl", "nt", "jsonld", "trig", "nq", "html"}) {
            HttpResponse<String> response = http.get(VOTE + "?format=" + format);
            assertEquals(200, response.statusCode(), format + ": " + response.body());
            assertFalse(response.body().contains("\b"), format);
        }
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(http.get(VOTE + "?format=rdf").body(), Lang.RDFXML).base(http.base()).parse(model);
        Statement description = model.listStatements(null, model.createProperty(Std.dctDescription.getURI()), (String) null).next();
        assertTrue(description.getString().contains("one by one. 12  We first turn"), description.getString());
        assertTrue(model.listObjectsOfProperty(model.createProperty("https://w3id.org/un-rights/ontology#inferenceNote"))
                .toList().stream().anyMatch(n -> n.asLiteral().getString().contains("control characters")), "the repair is recorded on the vote");
    }

    @Test
    void sparqlXmlResultsOfThatTextAreWellFormed() throws Exception {
        String query = "SELECT ?d WHERE { <https://w3id.org/un-rights" + VOTE + "> <http://purl.org/dc/terms/description> ?d }";
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "application/sparql-results+xml");
        assertEquals(200, response.statusCode(), response.body());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, document.getElementsByTagName("literal").getLength(), response.body());
    }

    @Test
    void textSearchesLuceneCannotRunAreTheClientsMistake() {
        String tooComplex = "/[ac]*a[ac]{50,200}/";
        String nested = "(".repeat(20_000) + "korea" + ")".repeat(20_000);
        String unparsable = "korea AND (";
        for (String search : new String[] {tooComplex, nested, unparsable}) {
            String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"" + search + "\" }";
            HttpResponse<String> response = http.post("/sparql", "application/sparql-query", query);
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("text:query could not search"), response.body());
            assertNoJavaClass(response);
        }
        String fine = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"korea\" } LIMIT 1";
        assertEquals(200, http.get("/sparql?query=" + HttpTesting.encode(fine)).statusCode());
    }

    @Test
    void noErrorBodyNamesAJavaClass() {
        String[] paths = {"/sparql?query=" + HttpTesting.encode("SELECT * WHERE { ?s ?p }"), "/sparql?query=" + HttpTesting.encode("SELECT (1/0 AS ?x) {}"),
            "/nothing/here", "/id/vote/", "/id/vote/unga-rollcall-0", "/queries/none", "/sparql?update=" + HttpTesting.encode("CLEAR ALL"),
            "/rights/get?graph=" + HttpTesting.encode("not an iri"), "/id/state/prk?format=nonsense", "/dumps/none.ttl", "/docs/%2e%2e/pom.xml"};
        for (String path : paths) {
            for (String accept : new String[] {"text/html", "application/json", "text/plain", "application/sparql-results+xml"}) {
                assertNoJavaClass(http.get(path, "Accept", accept));
            }
        }
        assertNoJavaClass(http.post("/sparql", "application/sparql-query", "SELECT * WHERE { ?s ?p ?o . FILTER( }"));
        assertNoJavaClass(http.post("/sparql", "application/x-www-form-urlencoded", "query=%ZZ"));
    }

    private static void assertNoJavaClass(HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            assertFalse(JAVA_CLASS.matcher(response.body()).find(), response.uri() + " " + response.statusCode() + ": " + response.body());
        }
    }

    /** A data set of two roll calls as the real one writes them, its checksums and row counts in its manifest. */
    private static void writeDataSet(Path dir) throws IOException {
        String rollCalls = "\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n"
                + "5377,69,1,2014-12-18,\"R/69/188\",NA,NA,\"\",\"Situation of human rights in the Democratic People's Republic of Korea\"\n"
                + "5917,71,0,2016-12-05,\"R/71/75\",0,0,\"NUCLEAR DISARMAMENT\",\"draft decision, one by one. 12\b We first turn to draft resolution\"\n";
        String ballots = "\"rcid\",\"country\",\"country_code\",\"vote\"\n5377,\"North Korea\",\"KP\",\"no\"\n5917,\"North Korea\",\"KP\",\"no\"\n";
        String issues = "\"rcid\",\"short_name\",\"issue\"\n5377,\"hr\",\"Human rights\"\n";
        gzip(dir.resolve("un_roll_calls.csv.gz"), rollCalls);
        gzip(dir.resolve("un_votes.csv.gz"), ballots);
        gzip(dir.resolve("un_roll_call_issues.csv.gz"), issues);
        Files.writeString(dir.resolve("dataset.yaml"), """
                dataset:
                  key: unga-rollcalls
                  title: Roll calls
                  creator: Erik Voeten
                  version: "0.3.0"
                  license: https://opensource.org/licenses/MIT
                  derivedFrom:
                    - key: unvotes-r-package
                      title: unvotes
                files:
                  rollCalls: {name: un_roll_calls.csv.gz, sha256: %s, rows: 2}
                  ballots: {name: un_votes.csv.gz, sha256: %s, rows: 2}
                  issues: {name: un_roll_call_issues.csv.gz, sha256: %s, rows: 1}
                """.formatted(sha256(dir.resolve("un_roll_calls.csv.gz")), sha256(dir.resolve("un_votes.csv.gz")),
                sha256(dir.resolve("un_roll_call_issues.csv.gz"))));
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
