package org.w3id.unrights.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Data on a page can never become markup. */
class HtmlTest {
    @Test
    void textIsEscaped() {
        String out = new Html().element("p", "<script>alert('x')</script> & more").toString();
        assertEquals("<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; more</p>", out);
    }

    @Test
    void attributeValuesCannotCloseTheirQuotes() {
        String out = new Html().open("div", "data-iri", "x\" onclick=\"steal()").close("div").toString();
        assertFalse(out.contains("\" onclick"), out);
        assertTrue(out.startsWith("<div data-iri=\"x&#34; onclick=&#34;steal()\">"), out);
    }

    @Test
    void onlyWebAndLocalTargetsBecomeLinks() {
        assertEquals("javascript:alert(1)", new Html().link("javascript:alert(1)", "javascript:alert(1)").toString());
        assertEquals("x", new Html().link("//evil.example/", "x").toString());
        assertEquals("<a href=\"/id/state/prk\">DPRK</a>", new Html().link("/id/state/prk", "DPRK").toString());
        assertEquals("<a href=\"https://www.wikidata.org/wiki/Q423\">Q423</a>",
                new Html().link("https://www.wikidata.org/wiki/Q423", "Q423").toString());
    }

    @Test
    void nullAttributesAreDropped() {
        assertEquals("<a>", new Html().open("a", "href", null).toString());
    }
}
