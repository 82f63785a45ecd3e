package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.unrights.site.Frame;
import org.w3id.unrights.site.Link;

/** Every kind of page the server renders, its error pages too, comes in the one layout, with the right status. */
class SiteLayoutTest extends ServingShippedGraph {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "200, /", "200, /id/state/prk", "200, /vocab/stance/rejects", "200, /graph/reference",
            "200, /queries/", "200, /queries/states-by-name", "200, /dumps/", "200, /docs/", "200, /docs/QUERYING.md",
            "200, /ontology",
            "404, /id/state/prkk", "404, /graph/no-such-graph", "404, /queries/no-such-query", "404, /dumps/no-such-file",
            "404, /docs/no-such-doc.md", "404, /no-such-page", "404, /id/", "404, /static/no-such-file.js", "404, /id/state/?page=99",
            "200, /search", "200, /search?q=korea", "200, /id/state/", "406, /id/state/prk?format=docx", "406, /queries/states-by-name?format=docx"})
    void eachPageIsInTheLayout(int status, String path) {
        HttpResponse<String> response = http.get(path, "Accept", "text/html");
        assertEquals(status, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html;charset=utf-8"), path);
        Document page = Jsoup.parse(response.body());
        assertTrue(page.title().endsWith(" · UN Rights Graph"), page.title());
        assertEquals(Frame.NAVIGATION.stream().map(Link::href).toList(), page.select("header.site nav a:not(.brand)").eachAttr("href"), path);
        assertEquals(1, page.select("main h1").size(), path + " has one heading");
        assertNotNull(page.selectFirst("footer.site"), path);
        if (status != 200) {
            assertEquals(Integer.toString(status), page.selectFirst("main section.error").attr("data-status"), path);
        }
    }
}
