package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;

/**
 * A vote with ballots (the invented roll call of the test fixtures, on a real server): its page lists every
 * ballot beside the map and loads the bundled map; a state's page charts its ballots; UN symbols link to the
 * official document, and the symbol is found by search.
 */
class VotePagesTest {
    static FusekiServer server;
    static HttpTesting http;

    @BeforeAll
    static void start() {
        server = RightsServer.create(Fixtures.rollCallPublication(), ServerSettings.defaults().withPort(0).withQueries(Fixtures.FIXTURE_QUERIES)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aVotePageTablesEveryBallotWithItsM49CodeBesideTheBundledMap() {
        assertEquals(200, http.get("/id/vote/fixture-rollcall-vote").statusCode());
        Document page = http.page("/id/vote/fixture-rollcall-vote");
        List<Element> rows = page.select("section.ballots table.ballots tbody tr");
        assertEquals(12, rows.size());
        Map<String, String> byM49 = rows.stream().collect(Collectors.toMap(r -> r.attr("data-m49"), r -> r.attr("data-option")));
        assertEquals("no", byM49.get("408"), "the DPRK voted no");
        assertEquals("yes", byM49.get("392"), "Japan voted yes");
        assertEquals("abstain", byM49.get("360"));
        assertEquals("absent", byM49.get("232"));
        Element map = page.selectFirst("figure.vote-map");
        assertEquals("/static/vendor/map/countries-110m.json", map.attr("data-atlas"));
        assertTrue(page.select("script[src]").eachAttr("src").containsAll(List.of("/static/vendor/map/d3-geo.min.js",
                "/static/vendor/map/topojson-client.min.js", "/static/vote-map.js")));
        assertEquals(List.of("in favour: 6", "against: 3", "abstention: 2", "absent: 1"),
                page.select("ul.legend li").eachText().subList(0, 4));
        // Ballots are labelled by state and option, not by their IRI.
        Element ballot = page.selectFirst("table.ballots tr[data-m49=408] a[href^='/id/ballot/']");
        assertEquals("against", ballot.text());
        assertEquals("Ballot of Democratic People's Republic of Korea: against", http.page(ballot.attr("href")).selectFirst("h1").text());
    }

    /**
     * Ballots state our terms only (four triples each); Popolo's and schema.org's come from the ontology's
     * alignment through the query view, so the data sets is not doubled to serve the users of those vocabularies.
     */
    @Test
    void popoloAndSchemaOrgTermsFindEveryBallotThoughOnlyOurTermsAreStated() {
        String vote = "<https://w3id.org/un-rights/id/vote/fixture-rollcall-vote>";
        String prefixes = "PREFIX opengov: <http://www.w3.org/ns/opengov#> PREFIX schema: <http://schema.org/> ";
        assertEquals("12", count(prefixes + "SELECT (COUNT(*) AS ?n) WHERE { " + vote + " opengov:vote ?b . ?b a opengov:Vote ; schema:agent ?state }"));
        var stated = Fixtures.rollCallGraph().dataset();
        org.apache.jena.system.Txn.executeRead(stated, () -> {
            for (String term : List.of("http://www.w3.org/ns/opengov#vote", "http://schema.org/agent")) {
                assertFalse(stated.find(null, null, org.apache.jena.graph.NodeFactory.createURI(term), null).hasNext(), term + " is not stated");
            }
            assertFalse(stated.find(null, null, org.w3id.unrights.vocab.Std.rdfType,
                    org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/opengov#Vote")).hasNext(), "opengov:Vote is not stated");
        });
    }

    private static String count(String query) {
        String csv = http.get("/sparql?query=" + HttpTesting.encode(query), "Accept", "text/csv").body();
        return csv.lines().skip(1).findFirst().orElseThrow().strip();
    }

    @Test
    void aPersonsRolesAndTermsComeInDateOrderTheUndatedLast() {
        List<String> terms = http.page("/id/person/robert-king").select("section.roles li").eachAttr("data-term");
        assertEquals(List.of("2010 – 2013", "2014 – 2016"), terms.subList(0, 2));
        assertTrue(terms.subList(2, terms.size()).stream().allMatch(String::isEmpty), terms.toString());
    }

    @Test
    void theMapDataAndRendererAreServedHere() {
        assertTrue(http.get("/static/vendor/map/countries-110m.json").body().contains("\"countries\""));
        for (String script : List.of("d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js")) {
            assertEquals(200, http.get("/static/vendor/map/" + script).statusCode(), script);
        }
    }

    @Test
    void aStatePageChartsItsVotesAndSumsUpItsRecord() {
        Document page = http.page("/id/state/prk");
        Element history = page.selectFirst("section.vote-history");
        assertNotNull(history, "the DPRK cast a ballot in the fixture");
        assertFalse(history.select("svg rect.option-no").isEmpty(), "a bar of its no votes");
        assertEquals("no", history.selectFirst("table.state-votes tbody tr").attr("data-option"));
        Element summary = page.selectFirst("section.state-summary");
        assertTrue(summary.text().contains("recorded ballots"), summary.text());
        assertTrue(summary.select("ul.positions li").size() > 0, "the DPRK's positions");
    }

    @Test
    void aUnSymbolLinksToTheOfficialDocumentAndIsFoundBySearch() {
        Document page = http.page("/id/resolution/A/RES/69/188");
        assertEquals("https://undocs.org/A/RES/69/188", page.selectFirst("p.official a").attr("href"));
        Document found = http.page("/search?q=" + HttpTesting.encode("A/RES/69/188"));
        assertEquals("/id/resolution/A/RES/69/188", found.selectFirst("section.search-group ol.hits li a").attr("href"));
    }
}
