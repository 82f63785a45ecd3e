package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.publish.TemporaryFolder;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * A resource's RDF starts with the resource: its own facts come first, and the links to it a page at a time,
 * at most {@link ResourceDescription#PER_PROPERTY} of each property, the next page linked from the data and from
 * a {@code Link} header. Served from the shipped curated data with an invented source that gives the DPRK
 * {@link #BALLOTS} ballots, so that, as in the roll-call record, one property (its ballots' {@code unr:voter})
 * links to it far more often than every other.
 */
class DescriptionPagesTest {
    static final int BALLOTS = 150;
    static final Node PRK = Ids.id("state", "prk");
    static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    static FusekiServer server;
    static HttpTesting http;

    @BeforeAll
    static void start() throws IOException {
        Path data = Fixtures.copy(Fixtures.curatedData(), TemporaryFolder.removedAtExit("un-rights-ballots").resolve("data"));
        Files.writeString(data.resolve("sources/many-ballots-fixture.yaml"), manyBallots());
        server = RightsServer.create(Fixtures.publish(data), ServerSettings.defaults().withPort(0).withQueries(Fixtures.FIXTURE_QUERIES)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** An invented source: {@link #BALLOTS} recorded votes on one invented resolution, the DPRK voting in each. */
    private static String manyBallots() {
        StringBuilder yaml = new StringBuilder("""
                source:
                  key: many-ballots-fixture
                  title: Invented roll calls
                  authors: [robert-king]
                  publisher: kei
                  published: "2014-12-19"
                  summary: Made-up votes, for the tests of a description's pages.
                resolutions:
                  - key: A/RES/99/1
                    symbol: A/RES/99/1
                    title: Invented resolution
                    body: un-general-assembly
                    date: "2014-12-18"
                    locator: row 1
                    certainty: stated
                votes:
                """);
        for (int i = 1; i <= BALLOTS; i++) {
            yaml.append("  - key: invented-vote-").append(i).append("\n")
                    .append("    resolution: A/RES/99/1\n    body: un-general-assembly\n    date: \"2014-12-18\"\n    outcome: adopted\n")
                    .append("    ballots:\n      - { state: prk, option: \"no\" }\n")
                    .append("    locator: row ").append(i).append("\n    certainty: stated\n");
        }
        return yaml.toString();
    }

    @Test
    void theFirstFortyLinesOfTheTurtleAreTheStatesOwnFacts() {
        HttpResponse<String> response = http.get("/id/state/prk", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        String head = String.join("\n", response.body().lines().limit(40).toList());
        for (String own : List.of("unr:State", "rdfs:label", "\"Democratic People's Republic of Korea\"", "unr:isoAlpha2", "\"KP\"",
                "unr:isoAlpha3", "\"PRK\"")) {
            assertTrue(head.contains(own), own + " in the first 40 lines:\n" + head);
        }
        assertFalse(head.contains("unr:voter"), "no ballot before the state's own facts:\n" + head);
    }

    @Test
    void theLinksComeAPageAtATimeEachPageLinkedToTheNextUntilTheBallotsAreAllGiven() {
        HttpResponse<String> first = http.get("/id/state/prk", "Accept", "text/turtle");
        Graph firstPage = LinkedDataTest.union(LinkedDataTest.parse(first.body(), "text/turtle"));
        assertTrue(firstPage.contains(PRK, Unr.isoAlpha3, NodeFactory.createLiteralString("PRK")));
        assertEquals(ResourceDescription.PER_PROPERTY, voters(firstPage).size(), "a page holds at most 100 ballots");
        assertTrue(firstPage.contains(Node.ANY, Unr.concerns, PRK), "the rarer links come on the first page");
        String next = next(first).orElseThrow(() -> new AssertionError("a Link header to the next page: " + first.headers()));
        assertEquals("/id/state/prk?incoming=2", next);
        assertTrue(firstPage.contains(NodeFactory.createURI(PRK.getURI() + "?incoming=1"), DatasetTerms.hydraNext,
                NodeFactory.createURI(PRK.getURI() + "?incoming=2")), "the data links the next page too");

        HttpResponse<String> second = http.get(next, "Accept", "text/turtle");
        assertEquals(200, second.statusCode());
        Graph secondPage = LinkedDataTest.union(LinkedDataTest.parse(second.body(), "text/turtle"));
        List<Triple> triples = secondPage.find().toList();
        assertEquals(BALLOTS - ResourceDescription.PER_PROPERTY, triples.size(), "the rest of the ballots, and nothing else: " + triples.subList(0, Math.min(5, triples.size())));
        assertTrue(triples.stream().allMatch(t -> t.getPredicate().equals(Unr.voter) && t.getObject().equals(PRK)
                && t.getSubject().getURI().startsWith(Ids.ID + "ballot/")), "ballots' unr:voter links only");
        assertEquals(Optional.empty(), next(second), "the last page links no further");

        Set<Node> ballots = new HashSet<>(voters(firstPage));
        ballots.addAll(voters(secondPage));
        assertEquals(BALLOTS, ballots.size(), "every ballot on one page or the other, none twice");
        assertEquals(404, http.get("/id/state/prk?incoming=3", "Accept", "text/turtle").statusCode());
        assertEquals(404, http.get("/id/state/prk?incoming=0", "Accept", "text/turtle").statusCode());
    }

    @Test
    void everyFormatIsPagedAlike() {
        for (String mediaType : LinkedDataTest.RDF_FORMATS.keySet()) {
            HttpResponse<String> response = http.get("/id/state/prk?incoming=2", "Accept", mediaType);
            assertEquals(200, response.statusCode(), mediaType);
            Graph page = LinkedDataTest.union(LinkedDataTest.parse(response.body(), mediaType));
            assertEquals(BALLOTS - ResourceDescription.PER_PROPERTY, voters(page).size(), mediaType);
            assertFalse(page.contains(PRK, Std.rdfType, Node.ANY), "the state's own facts are on the first page only: " + mediaType);
        }
    }

    @Test
    void theHtmlPageOpensWithTheStateAndPagesItsBallots() {
        org.jsoup.nodes.Document page = http.page("/id/state/prk");
        List<org.jsoup.nodes.Element> parts = page.select("article.resource > *");
        assertTrue(parts.indexOf(page.selectFirst("section.facts")) < parts.indexOf(page.selectFirst("section.incoming")),
                "the state's own facts before the links to it");
        org.jsoup.nodes.Element ballots = page.selectFirst("section.incoming-group[data-kind=ballot]");
        assertEquals(Integer.toString(BALLOTS), ballots.attr("data-total"));
        assertEquals(org.w3id.unrights.site.ResourcePage.INCOMING_PAGE, ballots.select("tbody tr").size());
        Set<String> seen = new HashSet<>();
        int pages = (BALLOTS + org.w3id.unrights.site.ResourcePage.INCOMING_PAGE - 1) / org.w3id.unrights.site.ResourcePage.INCOMING_PAGE;
        for (int p = 1; p <= pages; p++) {
            org.jsoup.nodes.Element group = http.page("/id/state/prk?links=ballot&page=" + p).selectFirst("section.incoming-group[data-kind=ballot]");
            group.select("tbody tr td:first-child a").forEach(a -> seen.add(a.attr("href")));
        }
        assertEquals(BALLOTS, seen.size(), "the pages of ballots list each ballot once");
    }

    private static List<Node> voters(Graph page) {
        return page.find(Node.ANY, Unr.voter, PRK).mapWith(Triple::getSubject).toList();
    }

    private static Optional<String> next(HttpResponse<String> response) {
        for (String link : response.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
