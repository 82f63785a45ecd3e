package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Data on a page can never become markup, and every view comes out in the one layout. */
class SiteTest {
    static final String HOSTILE = "<script>alert('x')</script> & \"more\"";

    @Test
    void textAndAttributesFromTheDataAreEscaped() {
        Link sneaky = Link.titled("/id/state/x\" onclick=\"steal()", HOSTILE, "x\" onmouseover=\"steal()");
        ResourceView view = new ResourceView(HOSTILE, "https://w3id.org/un-rights/id/x\" onclick=\"steal()", List.of(sneaky),
                List.of(new ResourceView.Claim(HOSTILE, new ResourceView.Attribution(sneaky, HOSTILE))), List.of(), HOSTILE, Highlights.NONE, List.of(new ResourceView.SourceBlock("urn:g", HOSTILE, null,
                        new ResourceView.Marks(sneaky, HOSTILE, sneaky, HOSTILE, HOSTILE, HOSTILE), List.of(new ResourceView.Fact(sneaky,
                        List.of(new ResourceView.Value(Link.text(HOSTILE), true, HOSTILE)), true, true)))), List.of());
        Document page = Jsoup.parse(Site.render(view));
        assertTrue(page.select("script:not([src])").isEmpty(), "no script element came from the data");
        assertTrue(page.select("[onclick], [onmouseover]").isEmpty(), "no attribute came from the data");
        assertEquals(HOSTILE, page.selectFirst("article.resource h1").text());
        assertEquals(HOSTILE + " · UN Rights Graph", page.title());
        assertEquals("https://w3id.org/un-rights/id/x\" onclick=\"steal()", page.selectFirst("article.resource").attr("data-iri"));
        Element link = page.selectFirst("p.types a");
        assertEquals("/id/state/x\" onclick=\"steal()", link.attr("href"));
        assertEquals(HOSTILE, link.text());
        assertEquals(HOSTILE, page.selectFirst("div.value q").text());
        assertEquals(HOSTILE, page.selectFirst("div.value span.datatype").text());
        assertTrue(page.selectFirst("p.claim").text().startsWith(HOSTILE), "a summary is shown as text, escaped");
    }

    @Test
    void onlyWebAndLocalTargetsBecomeLinks() {
        assertNull(Link.to("javascript:alert(1)", "x").href());
        assertNull(Link.to("//evil.example/", "x").href());
        assertNull(Link.to("data:text/html,hi", "x").href());
        assertEquals("/id/state/prk", Link.to("/id/state/prk", "DPRK").href());
        assertEquals("https://www.wikidata.org/wiki/Q423", Link.to("https://www.wikidata.org/wiki/Q423", "Q423").href());

        Document page = Jsoup.parse(Site.render(new NotFoundView("urn:x",
                List.of(new NotFoundView.Suggestion(Link.to("javascript:alert(1)", "click me"), "x")))));
        Element item = page.selectFirst("ul.similar li");
        assertTrue(item.select("a").isEmpty(), "an unsafe target is shown as text");
        assertEquals("click me x", item.text());
    }

    @Test
    void everyViewHasTheSiteHeaderNavigationAndFooter() {
        List<View> views = List.of(
                new LandingView(List.of(new LandingView.Count("states", 3, "/id/state/")), List.of(), List.of(), 0, "http://localhost/sparql", List.of()),
                new DocsView(List.of("A.md")),
                new DocView("Title", "<h1>Title</h1>"),
                new DumpsView(List.of(), new DumpFile("void.ttl", "VoID", "text/turtle", false, -1, true)),
                new QueriesView(List.of()),
                new GraphView("reference", "urn:g", GraphView.Kind.REFERENCE, null, 1, List.of()),
                ErrorView.notFound("No such thing", "Nothing here.", Link.to("/", "home")),
                ErrorView.notAcceptable(List.of(new Link("?format=ttl", "ttl", null, "text/turtle"))));
        List<String> navigation = Frame.NAVIGATION.stream().map(Link::href).toList();
        for (View view : views) {
            Document page = Jsoup.parse(Site.render(view));
            assertEquals("/", page.selectFirst("header.site nav a.brand").attr("href"), view.template());
            assertEquals(navigation, page.select("header.site nav a:not(.brand)").eachAttr("href"), view.template());
            assertEquals(1, page.select("main h1").size(), view.template() + " has one heading");
            assertEquals("/static/site.css", page.selectFirst("link[rel=stylesheet]").attr("href"), view.template());
            assertTrue(page.selectFirst("footer.site").text().startsWith("Data: CC BY 4.0."), view.template());
        }
    }
}
