package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.site.Labels;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;

/**
 * What crawlers and linked-data clients look for: {@code Link} headers to each other format, the describing
 * document and the IRI to cite (with the data version), {@code Content-Location} naming the representation
 * negotiated, {@code robots.txt}, a sitemap of every resource page (an index of sitemaps when they are many), and
 * an icon, so that no page's first visit ends in a 404.
 */
class WebConventionsTest extends ServingShippedGraph {
    static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"(?:\\s*;\\s*(?:type|title)=\"([^\"]*)\")?");

    /** rel → target → the type or title given with it. */
    private static Map<String, Map<String, String>> links(HttpResponse<?> response) {
        Map<String, Map<String, String>> links = new TreeMap<>();
        for (String header : response.headers().allValues("Link")) {
            Matcher m = LINK.matcher(header);
            while (m.find()) {
                links.computeIfAbsent(m.group(2), r -> new TreeMap<>()).put(m.group(1), m.group(3));
            }
        }
        return links;
    }

    @Test
    void aResourceSaysWhereItsOtherFormatsAreWhatDescribesItAndHowToCiteIt() {
        HttpResponse<String> turtle = http.get("/id/state/prk", "Accept", "text/turtle");
        assertEquals("/id/state/prk?format=ttl", turtle.headers().firstValue("Content-Location").orElse(null));
        Map<String, Map<String, String>> links = links(turtle);
        Map<String, String> alternates = links.get("alternate");
        assertNotNull(alternates, turtle.headers().allValues("Link").toString());
        assertEquals(Map.of("/id/state/prk?format=html", "text/html", "/id/state/prk?format=jsonld", "application/ld+json",
                "/id/state/prk?format=nt", "application/n-triples", "/id/state/prk?format=rdf", "application/rdf+xml",
                "/id/state/prk?format=trig", "application/trig", "/id/state/prk?format=nq", "application/n-quads"), alternates);
        alternates.forEach((target, type) -> {
            HttpResponse<String> other = http.get(target);
            assertEquals(200, other.statusCode(), target);
            assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith(type), target);
            assertEquals(target, other.headers().firstValue("Content-Location").orElse(null), "each names itself");
        });
        assertEquals(Map.of("/id/state/prk?format=ttl", "text/turtle"), links.get("describedby"));
        Map<String, String> citeAs = links.get("cite-as");
        assertEquals(Set.of(Ids.ID + "state/prk"), citeAs.keySet());
        assertTrue(citeAs.get(Ids.ID + "state/prk").contains("data version " + publication.release().version()), citeAs.toString());

        HttpResponse<String> page = http.get("/id/state/prk", "Accept", LinkedDataTest.BROWSER_ACCEPT);
        assertEquals("/id/state/prk?format=html", page.headers().firstValue("Content-Location").orElse(null));
        assertEquals("text/turtle", links(page).get("alternate").get("/id/state/prk?format=ttl"));
        Document html = Jsoup.parse(page.body());
        assertEquals("/id/state/prk?format=ttl", html.selectFirst("head link[rel=alternate][type=text/turtle]").attr("href"),
                "the page's head links the Turtle too");
        assertEquals(LinkedDataTest.RDF_FORMATS.size(), html.select("head link[rel=alternate]").size(), "and every RDF format");
        String cite = html.selectFirst("p.cite").text();
        assertTrue(cite.contains(Ids.ID + "state/prk") && cite.contains(publication.release().version()), cite);
    }

    @Test
    void everyNegotiatedAnswerNamesItsRepresentationAndLinksTheOthersButAnErrorDoesNot() {
        HttpResponse<String> search = http.get("/search?q=Darusman", "Accept", "application/json");
        assertEquals("/search?q=Darusman&format=json", search.headers().firstValue("Content-Location").orElse(null));
        assertEquals("text/html", links(search).get("alternate").get("/search?q=Darusman&format=html"));
        HttpResponse<String> graphPage = http.get("/graph/reference", "Accept", "application/n-triples");
        assertEquals("/graph/reference?format=nt", graphPage.headers().firstValue("Content-Location").orElse(null));
        HttpResponse<String> second = http.get("/id/state/prk?incoming=2&format=nt");
        assertEquals(404, second.statusCode(), "the curated data gives the DPRK one page of links");
        HttpResponse<String> missing = http.get("/id/state/prkk", "Accept", "text/turtle");
        assertEquals(404, missing.statusCode());
        for (HttpResponse<String> error : List.of(second, missing)) {
            assertEquals(List.of(), error.headers().allValues("Content-Location"), "an error page is no representation of the resource");
            assertEquals(List.of(), error.headers().allValues("Link"));
        }
    }

    /** The downloads steer to the streamed N-Triples and a source's own graph, which every fact's page links. */
    @Test
    void theDownloadsSteerToTheStreamingFormatAndASourcesOwnGraph() {
        String advice = http.page("/dumps/").selectFirst("p.choose").text();
        assertTrue(advice.contains("N-Triples") && advice.contains("/graph/{name}"), advice);
        Document page = http.page("/id/statement/blr-opposes-country-resolutions-2020");
        String graphLink = page.selectFirst("div.source-block p.graph a").attr("href");
        assertEquals("/graph/kei-2020-king-unga-agenda", graphLink);
        HttpResponse<String> trig = http.get(graphLink, "Accept", "application/trig");
        assertEquals(200, trig.statusCode());
        assertTrue(trig.body().length() < 500_000, "a source's graph is small: " + trig.body().length() + " characters");
    }

    @Test
    void robotsTxtKeepsCrawlersOffTheEndpointAndPointsToTheSitemap() {
        HttpResponse<String> robots = http.get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = robots.body().lines().toList();
        assertTrue(lines.containsAll(List.of("User-agent: *", "Disallow: /sparql", "Disallow: /search")), robots.body());
        assertTrue(lines.contains("Sitemap: " + http.base() + "/sitemap.xml"), robots.body());
    }

    @Test
    void theSitemapListsEveryResourcePageOnce() {
        HttpResponse<String> response = http.get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        List<String> urls = locs(response.body(), "urlset > url > loc");
        assertEquals(urls.size(), new HashSet<>(urls).size(), "no page twice");
        Set<String> expected = new HashSet<>();
        Txn.executeRead(graph.dataset(), () -> graph.dataset().stream(Node.ANY, Node.ANY, Std.rdfType, Node.ANY).map(Quad::getSubject)
                .filter(s -> s.isURI() && (s.getURI().startsWith(Ids.ID) || s.getURI().startsWith(Ids.VOCAB)))
                .forEach(s -> expected.add(http.base() + Labels.href(s))));
        assertTrue(expected.size() > 500);
        Set<String> missing = new HashSet<>(expected);
        urls.forEach(missing::remove);
        assertEquals(Set.of(), missing, "every resource page is in the sitemap");
        assertTrue(urls.contains(http.base() + "/") && urls.contains(http.base() + "/id/state/prk"));
        for (String url : List.of(urls.get(0), urls.get(urls.size() / 2), urls.get(urls.size() - 1))) {
            assertEquals(200, http.get(url.substring(http.base().length())).statusCode(), url);
        }
    }

    /** Past the most URLs one sitemap may hold, /sitemap.xml is an index of sitemaps that together list every page. */
    @Test
    void manyPagesMakeASitemapIndex() {
        int per = 200;
        SitemapServlet small = new SitemapServlet(graph.dataset(), per);
        FusekiServer paged = FusekiServer.create().port(0).addServlet(SitemapServlet.INDEX, small)
                .addServlet(SitemapServlet.PAGES + "/*", small).build().start();
        try {
            HttpTesting client = new HttpTesting(paged.getHttpPort());
            List<String> sitemaps = locs(client.get("/sitemap.xml").body(), "sitemapindex > sitemap > loc");
            assertTrue(sitemaps.size() > 2, "an index of several sitemaps: " + sitemaps);
            List<String> all = new ArrayList<>();
            for (String sitemap : sitemaps) {
                List<String> urls = locs(client.get(sitemap.substring(client.base().length())).body(), "urlset > url > loc");
                assertTrue(urls.size() <= per && !urls.isEmpty(), sitemap + " holds " + urls.size());
                urls.forEach(u -> all.add(u.substring(client.base().length())));
            }
            List<String> whole = locs(http.get("/sitemap.xml").body(), "urlset > url > loc").stream().map(u -> u.substring(http.base().length())).toList();
            assertEquals(whole, all, "the sitemaps of the index list the same pages, in the same order, as one sitemap");
            assertEquals(404, client.get("/sitemap/" + (sitemaps.size() + 1) + ".xml").statusCode());
        } finally {
            paged.stop();
        }
    }

    private static List<String> locs(String xml, String selector) {
        return Jsoup.parse(xml, "", Parser.xmlParser()).select(selector).eachText();
    }

    @Test
    void everyPageHasAnIconAndTheBrowsersDefaultIconAnswersToo() {
        Document page = http.page("/");
        String icon = page.selectFirst("head link[rel=icon]").attr("href");
        HttpResponse<String> svg = http.get(icon);
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        HttpResponse<String> ico = http.get("/favicon.ico");
        assertEquals(200, ico.statusCode());
        assertEquals(svg.body(), ico.body());
    }
}
