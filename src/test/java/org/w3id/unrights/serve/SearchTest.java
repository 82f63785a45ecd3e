package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The search page and its JSON, over HTTP against the shipped data, and text:query from the SPARQL endpoint. */
class SearchTest extends ServingShippedGraph {
    @Test
    void aNameFindsThePersonFirstAmongPersons() {
        Document page = http.page("/search?q=Darusman");
        Element persons = page.selectFirst("section.search-group[data-kind=person]");
        assertNotNull(persons, "a group of persons");
        assertEquals("/id/person/marzuki-darusman", persons.selectFirst("ol.hits li a").attr("href"));
        assertEquals("Marzuki Darusman", persons.selectFirst("ol.hits li a").text());
        // A person has no summary of their own: the line names a post they hold.
        String line = persons.selectFirst("ol.hits li span.summary").text();
        assertTrue(line.startsWith("Attorney General") || line.startsWith("Special Rapporteur"), line);
        assertTrue(page.title().startsWith("Search: Darusman"), page.title());
    }

    @Test
    void aNameTypedWithoutItsAccentsAndInLowerCaseIsFound() {
        assertTrue(hrefs("/search?q=tomas%20ojea").contains("/id/person/tomas-ojea-quintana"), hrefs("/search?q=tomas%20ojea").toString());
    }

    @Test
    void theStartOfAWordIsEnough() {
        assertTrue(hrefs("/search?q=Darus").contains("/id/person/marzuki-darusman"));
        assertTrue(hrefs("/search?q=Democratic%20People").contains("/id/state/prk"));
    }

    @Test
    void aUnSymbolFindsItsResolutionFirst() {
        Document page = http.page("/search?q=" + HttpTesting.encode("A/C.3/69/L.28/Rev.1"));
        Element first = page.selectFirst("section.search-group ol.hits li a");
        assertEquals("/id/resolution/A/C.3/69/L.28/Rev.1", first.attr("href"));
        assertEquals("resolution", page.selectFirst("section.search-group").attr("data-kind"));
    }

    @Test
    void everyResultHasAOneLineSummaryAndGroupsAreByKind() {
        Document page = http.page("/search?q=rapporteur");
        List<String> kinds = page.select("section.search-group").eachAttr("data-kind");
        assertTrue(kinds.size() >= 2, kinds.toString());
        assertEquals(kinds.stream().distinct().toList(), kinds, "each kind once");
        for (Element hit : page.select("ol.hits li")) {
            assertFalse(hit.select("a").isEmpty(), hit.outerHtml());
        }
        assertFalse(page.select("ol.hits li span.summary").isEmpty());
        assertTrue(page.select("ol.hits li span.summary").eachText().stream().allMatch(s -> !s.contains("\n") && s.length() <= 160));
    }

    @Test
    void theSameSearchAsJsonByAcceptOrFormat() {
        for (HttpResponse<String> response : List.of(http.get("/search?q=Darusman", "Accept", "application/json"),
                http.get("/search?q=Darusman&format=json"))) {
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
            assertEquals("Darusman", body.getString("query"));
            assertTrue(body.getInt("found") >= 1);
            JsonObject person = body.getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                    .filter(g -> g.getString("kind").equals("person")).findFirst().orElseThrow();
            JsonObject hit = person.getJsonArray("results").getJsonObject(0);
            assertEquals("https://w3id.org/un-rights/id/person/marzuki-darusman", hit.getString("iri"));
            assertEquals("/id/person/marzuki-darusman", hit.getString("href"));
        }
    }

    @Test
    void nothingFoundSaysSoAndLuceneSyntaxIsTakenAsText() {
        Document page = http.page("/search?q=" + HttpTesting.encode("zzqqxx"));
        assertEquals("0", page.selectFirst("section.search-results").attr("data-found"));
        // Brackets, colons and quotes a person may type are words to find, never a query that fails.
        assertEquals(200, http.get("/search?q=" + HttpTesting.encode("name:(\"[unclosed")).statusCode());
    }

    @Test
    void everyPageHasTheSearchBox() {
        for (String path : List.of("/", "/id/state/prk", "/queries/", "/search")) {
            Element form = http.page(path).selectFirst("header.site form.site-search");
            assertNotNull(form, path);
            assertEquals("/search", form.attr("action"));
            assertEquals("q", form.selectFirst("input[type=search]").attr("name"));
        }
    }

    @Test
    void textQueryWorksFromTheSparqlEndpoint() {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX unr: <https://w3id.org/un-rights/ontology#>\n"
                + "SELECT ?s WHERE { ?s text:query \"Darusman\" }";
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("https://w3id.org/un-rights/id/person/marzuki-darusman"), response.body());

        String summaries = "PREFIX text: <http://jena.apache.org/text#> PREFIX unr: <https://w3id.org/un-rights/ontology#>\n"
                + "SELECT ?s ?text WHERE { (?s ?score ?text) text:query (unr:summary \"Darusman\") }";
        HttpResponse<String> inSummaries = http.get("/sparql?query=" + HttpTesting.encode(summaries), "Accept", "text/csv");
        assertEquals(200, inSummaries.statusCode(), inSummaries.body());
        assertTrue(inSummaries.body().contains("Darusman's address"), inSummaries.body());
    }

    @Test
    void otherPropertyFunctionsStayOff() {
        String query = "PREFIX apf: <http://jena.apache.org/ARQ/property#>\n"
                + "SELECT ?w WHERE { ?w apf:strSplit (\"a,b\" \",\") }";
        HttpResponse<String> response = http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("w", response.body().strip(), "apf:strSplit is an ordinary predicate here, matching nothing");
    }

    private static List<String> hrefs(String path) {
        return http.page(path).select("ol.hits li > a").eachAttr("href");
    }
}
