package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** /id/{kind}/ lists every resource of the kind, paginated and sortable; the landing page links each kind with its count. */
class BrowseTest extends ServingShippedGraph {

    /** This class reads the dumps: they are written once, for every class that shares the publication. */
    @BeforeAll
    static void dumpsWritten() {
        publication.dumps().awaitWritten();
    }
    private static final Node VOID_CLASS = NodeFactory.createURI("http://rdfs.org/ns/void#class");
    private static final Node VOID_ENTITIES = NodeFactory.createURI("http://rdfs.org/ns/void#entities");
    private static final Node VOID_CLASS_PARTITION = NodeFactory.createURI("http://rdfs.org/ns/void#classPartition");

    @Test
    void theStatesAreListedAllOfThemAsManyAsVoidCounts() {
        Document page = http.page("/id/state/");
        long states = Txn.calculateRead(graph.dataset(), () -> graph.dataset().stream(Ids.REFERENCE_GRAPH, Node.ANY, Std.rdfType, Unr.State).count());
        assertEquals(Long.toString(states), page.selectFirst("section.kind-listing").attr("data-total"));
        assertEquals(states, voidEntities(Unr.State), "VoID's class partition of unr:State says the same");
        List<String> listed = new ArrayList<>(allPages("/id/state/"));
        assertEquals(states, listed.size());
        assertTrue(listed.contains("/id/state/prk"));
        assertEquals("States", page.selectFirst("main h1").text());
    }

    @Test
    void listingsAreSortedByNameDateOrKey() {
        List<String> byName = http.page("/id/person/").select("table.listing tbody tr td:first-child a").eachText();
        List<String> sorted = new ArrayList<>(byName);
        sorted.sort((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
        assertEquals(sorted, byName);

        List<String> dates = http.page("/id/statement/?sort=date").select("table.listing tbody tr td:nth-child(2)").eachText();
        List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
        List<String> newestFirst = new ArrayList<>(dated);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertFalse(dated.isEmpty());
        assertEquals(newestFirst, dated);

        List<String> keys = http.page("/id/state/?sort=key").select("table.listing tbody tr td:first-child a").eachAttr("href");
        List<String> byKey = new ArrayList<>(keys);
        byKey.sort(null);
        assertEquals(byKey, keys);
    }

    @Test
    void pagesHoldFiftyAndLinkToEachOther() {
        Document first = http.page("/id/statement/");
        int total = Integer.parseInt(first.selectFirst("section.kind-listing").attr("data-total"));
        assertTrue(total > 50, "enough statements to need a second page: " + total);
        assertEquals(50, first.select("table.listing tbody tr").size());
        assertNotNull(first.selectFirst("nav.pages a[href='/id/statement/?sort=label&page=2']"));
        assertEquals(total, allPages("/id/statement/").stream().distinct().count(), "every statement once across the pages");
        assertEquals(404, http.get("/id/statement/?page=999").statusCode());
        assertEquals(404, http.get("/id/statement/?sort=colour").statusCode());
        assertEquals(404, http.get("/id/no-such-kind/").statusCode());
    }

    @Test
    void theLandingPageLinksEveryKindWithTheCountOfItsListing() {
        Document landing = http.page("/");
        List<Element> kinds = landing.select("section#kinds ul.kinds li");
        assertFalse(kinds.isEmpty());
        for (Element kind : kinds) {
            String href = kind.selectFirst("a").attr("href");
            String count = kind.selectFirst("span.muted").text();
            assertEquals(count, http.page(href).selectFirst("section.kind-listing").attr("data-total"), href);
        }
        List<String> hrefs = kinds.stream().map(k -> k.selectFirst("a").attr("href")).toList();
        for (String kind : List.of("state", "person", "statement", "resolution")) {
            assertTrue(hrefs.contains("/id/" + kind + "/"), kind);
        }
    }

    /** The hrefs of the rows of every page of a listing, following its page links. */
    private static List<String> allPages(String listing) {
        List<String> rows = new ArrayList<>();
        Document page = http.page(listing);
        int pages = page.select("nav.pages").isEmpty() ? 1 : page.select("nav.pages a").size() + 1;
        for (int p = 1; p <= pages; p++) {
            rows.addAll(http.page(listing + "?page=" + p).select("table.listing tbody tr td:first-child a").eachAttr("href"));
        }
        return rows;
    }

    private static long voidEntities(Node type) {
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(http.get("/dumps/void.ttl").body(), Lang.TURTLE).parse(description);
        return description.find(Ids.DATASET, VOID_CLASS_PARTITION, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(p -> description.contains(p, VOID_CLASS, type))
                .map(p -> Long.parseLong(description.find(p, VOID_ENTITIES, Node.ANY).next().getObject().getLiteralLexicalForm()))
                .findFirst().orElseThrow();
    }
}
