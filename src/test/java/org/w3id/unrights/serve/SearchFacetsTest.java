package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A search narrowed by kind and by decade, from the links the page offers, as a page and as JSON. */
class SearchFacetsTest extends ServingShippedGraph {
    static final String QUERY = "/search?q=" + HttpTesting.encode("Darusman");

    @Test
    void aKindFacetNarrowsToThatKindAndCountsWhatItKeeps() {
        Document page = http.page(QUERY);
        Element figures = page.select("nav.facets a").stream().filter(a -> a.attr("href").contains("&kind=figure"))
                .findFirst().orElseThrow(() -> new AssertionError("no facet for figures: " + page.select("nav.facets").text()));
        int counted = Integer.parseInt(figures.nextElementSibling().text());
        Document narrowed = http.page(figures.attr("href"));
        assertEquals(List.of("figure"), narrowed.select("section.search-group").eachAttr("data-kind"));
        assertEquals(Integer.toString(counted), narrowed.selectFirst("section.search-results").attr("data-found"));
        // The chosen facet links back to every kind.
        Element chosen = narrowed.selectFirst("nav.facets strong a");
        assertFalse(chosen.attr("href").contains("kind="), chosen.attr("href"));
    }

    @Test
    void aDecadeFacetKeepsOnlyThatDecadesDatedHits() {
        Document page = http.page(QUERY);
        Element decade = page.select("nav.facets a").stream().filter(a -> a.attr("href").contains("&from=2010&to=2019"))
                .findFirst().orElseThrow(() -> new AssertionError("no facet for the 2010s: " + page.select("nav.facets").text()));
        int counted = Integer.parseInt(decade.nextElementSibling().text());
        int all = Integer.parseInt(page.selectFirst("section.search-results").attr("data-found"));
        Document narrowed = http.page(decade.attr("href"));
        assertEquals(Integer.toString(counted), narrowed.selectFirst("section.search-results").attr("data-found"));
        assertTrue(counted < all, "undated hits and those of other decades are left out");
    }

    @Test
    void theJsonCarriesTheFacetsAndAYearThatIsNotOneIsRefused() {
        String json = http.get(QUERY + "&format=json").body();
        assertTrue(json.contains("\"facets\":{\"kind\":[") && json.contains("\"decade\":["), json);
        assertEquals(400, http.get(QUERY + "&from=last-year").statusCode());
    }
}
