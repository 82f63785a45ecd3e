package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;

/**
 * A named query with a parameter answers for the value a reader sets on its page ({@code ?on=} for the system on a
 * day), in every format, keeps it on the links to its other formats, and refuses a value that does not fit.
 */
class QueryParametersTest {
    private static final String SYSTEM = "/queries/the-system-on-a-day";
    private static FusekiServer server;
    private static HttpTesting http;

    /** The shipped curated data, served with the shipped named queries. */
    @BeforeAll
    static void start() {
        server = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withQueries(Fixtures.QUERIES)).start();
        http = new HttpTesting(server.getHttpPort());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theDayAReaderSetsDecidesWhatWasAtWork() {
        // By default (1 June 2019) the commission of inquiry is over for the two sources that date it 2013-2014;
        // the one that gives no end leaves it open ...
        String byDefault = http.get(SYSTEM + "?format=csv").body();
        List<String> coiByDefault = byDefault.lines().filter(l -> l.contains("/mechanism/coi-dprk,")).toList();
        assertEquals(1, coiByDefault.size(), byDefault);
        assertTrue(coiByDefault.get(0).contains(",2013,open,") && coiByDefault.get(0).contains("nkdb-2023-song-what-more"), coiByDefault::toString);
        assertTrue(byDefault.contains("/role/ojea-quintana-sr-dprk-kei2019,"), "the Rapporteur in post since 2016: " + byDefault);
        // ... on the last day of 2014 it is at work, and the Rapporteur appointed in 2016 not yet in post.
        String in2014 = http.get(SYSTEM + "?on=2014-12-31&format=csv").body();
        List<String> coi = in2014.lines().filter(l -> l.contains("/mechanism/coi-dprk,")).toList();
        assertEquals(3, coi.size(), "three sources date the commission; each is a row: " + in2014);
        assertTrue(coi.stream().anyMatch(l -> l.contains(",2013,open,")), "one leaves its end open: " + coi);
        assertFalse(in2014.contains("/role/ojea-quintana-sr-dprk-kei2019,"), in2014);
    }

    @Test
    void thePageHasAFormAndItsFormatLinksKeepTheDay() {
        Document page = http.page(SYSTEM + "?on=2014-12-31");
        Element input = page.selectFirst("form.query-parameters input[name=on]");
        assertNotNull(input, page.html());
        assertEquals("2014-12-31", input.attr("value"));
        assertTrue(page.select("p.formats a").eachAttr("href").stream().anyMatch(h -> h.contains("format=csv&on=2014-12-31")),
                page.select("p.formats").outerHtml());
        String editor = java.net.URLDecoder.decode(page.selectFirst("p.formats a:contains(open in the query editor)").attr("href"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(editor.contains("\"2014-12-31\"") && !editor.contains("2019-06-01"), "the editor opens the query as set: " + editor);
    }

    @Test
    void aValueThatIsNotADayIsRefused() {
        HttpResponse<String> refused = http.get(SYSTEM + "?on=last-tuesday&format=csv");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("on must be written as its default is"), refused.body());
    }
}
