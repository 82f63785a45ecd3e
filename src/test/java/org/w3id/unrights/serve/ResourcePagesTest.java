package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.site.ResourcePage;

/** Pages worth reading, on the shipped data: a person's roles in order, a state in brief, links grouped and paged. */
class ResourcePagesTest extends ServingShippedGraph {
    @Test
    void aPersonOpensWithTheirRoles() {
        Document page = http.page("/id/person/marzuki-darusman");
        Element roles = page.selectFirst("article.resource section.roles");
        assertNotNull(roles, "roles come first");
        List<Element> parts = page.select("article.resource > *");
        assertTrue(parts.indexOf(roles) < parts.indexOf(page.selectFirst("section.facts")));
        assertFalse(roles.select("li a[href^='/id/role/']").isEmpty());
    }

    @Test
    void aStateOpensWithItsPositionsStatementsAndVotesInBrief() {
        Document page = http.page("/id/state/prk");
        Element summary = page.selectFirst("section.state-summary");
        assertNotNull(summary);
        List<String> counts = summary.select("ul.summary-counts li").eachText();
        assertEquals(3, counts.size(), counts.toString());
        assertTrue(counts.get(0).endsWith("positions it holds") && Integer.parseInt(counts.get(0).split(" ")[0]) > 0, counts.toString());
        assertTrue(Integer.parseInt(counts.get(1).split(" ")[0]) > 0, counts.toString());
    }

    @Test
    void linksHereAreGroupedByKindAndPagedSoNoScreenListsThemAll() {
        Document page = http.page("/id/state/prk");
        List<Element> groups = page.select("section.incoming section.incoming-group");
        assertTrue(groups.size() >= 3, "several kinds link to the DPRK");
        int total = 0;
        for (Element group : groups) {
            int inGroup = Integer.parseInt(group.attr("data-total"));
            total += inGroup;
            assertEquals(Math.min(ResourcePage.INCOMING_PAGE, inGroup), group.select("tbody tr").size(), group.attr("data-kind"));
        }
        assertTrue(total > 150, "the DPRK has many links: " + total);
        assertTrue(page.select("section.incoming tbody tr").size() < total, "not all on one screen");
        Element paged = groups.stream().filter(g -> !g.select("nav.pages").isEmpty()).findFirst().orElseThrow();
        String second = paged.selectFirst("nav.pages a").attr("href");
        assertTrue(second.contains("links=" + paged.attr("data-kind")) && second.contains("page=2"), second);
        Document next = http.page(second);
        Element again = next.selectFirst("section.incoming-group[data-kind=" + paged.attr("data-kind") + "]");
        assertFalse(again.select("tbody tr").eachText().equals(paged.select("tbody tr").eachText()), "page 2 lists other links");
    }

    @Test
    void headingsAreWholeAndUnSymbolsLinkToTheOfficialDocument() {
        Document page = http.page("/id/resolution/A/C.3/69/L.28/Rev.1");
        assertFalse(page.selectFirst("h1").text().endsWith("…"), page.selectFirst("h1").text());
        assertEquals("https://undocs.org/A/C.3/69/L.28/Rev.1", page.selectFirst("p.official a").attr("href"));
        assertFalse(page.select("table.facts a[href='https://undocs.org/A/C.3/69/L.28/Rev.1']").isEmpty(), "the symbol's fact links too");
    }
}
