package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Follows every link on this server from {@code /}, as a visitor or a link checker would: every {@code href} and
 * {@code src} of every page, the pages of every listing, every format a resource comes in. Fails on any link
 * that does not answer 200, naming the page it was found on.
 */
class CrawlTest extends ServingShippedGraph {
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyInternalLinkFromTheHomePageAnswers() throws IOException, InterruptedException {
        String base = http.base();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/"));
        Map<String, String> foundOn = new TreeMap<>();
        Map<String, Integer> broken = new TreeMap<>();
        int pages = 0;
        seen.add("/");
        while (!todo.isEmpty()) {
            String path = todo.poll();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                broken.put(path, response.statusCode());
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            pages++;
            Document page = Jsoup.parse(response.body(), base + path);
            for (Element link : page.select("a[href], link[href], script[src], img[src]")) {
                String target = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("src");
                if (!target.startsWith(base + "/")) {
                    continue;
                }
                String local = target.substring(base.length());
                int fragment = local.indexOf('#');
                if (fragment >= 0) {
                    local = local.substring(0, fragment);
                }
                if (seen.add(local)) {
                    foundOn.put(local, path);
                    todo.add(local);
                }
            }
        }
        List<String> report = new ArrayList<>();
        broken.forEach((path, status) -> report.add(status + " " + path + " (linked from " + foundOn.get(path) + ")"));
        assertEquals(List.of(), report, "broken internal links");
        assertTrue(pages > 500, "the crawl reached the site's pages: " + pages + " of " + seen.size() + " links");
        for (String reached : List.of("/id/state/prk", "/id/state/", "/search", "/queries/", "/dumps/", "/docs/", "/ontology")) {
            assertTrue(seen.contains(reached), reached + " is reachable from /");
        }
    }
}
