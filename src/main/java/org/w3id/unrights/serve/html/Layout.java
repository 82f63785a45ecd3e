package org.w3id.unrights.serve.html;

import java.util.function.Consumer;

import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Std;

/** The frame every HTML page shares: head, navigation, footer with the licence. Assets come from this server only. */
public final class Layout {
    /** Where the bundled stylesheets and scripts are served. */
    public static final String STATIC = "/static/";

    private Layout() {}

    public static String page(String title, Consumer<Html> main) {
        return page(title, new String[0], new String[0], main);
    }

    /** A page with extra stylesheets and scripts (paths on this server), loaded after the site's own. */
    public static String page(String title, String[] stylesheets, String[] scripts, Consumer<Html> main) {
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
                .open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " · UN Rights Graph")
                .open("link", "rel", "stylesheet", "href", STATIC + "site.css");
        for (String css : stylesheets) {
            html.open("link", "rel", "stylesheet", "href", css);
        }
        html.close("head").open("body");
        header(html);
        html.open("main");
        main.accept(html);
        html.close("main");
        footer(html);
        for (String js : scripts) {
            html.open("script", "src", js).close("script");
        }
        return html.close("body").close("html").toString();
    }

    private static void header(Html html) {
        html.open("header", "class", "site").open("nav")
                .link("/", "UN Rights Graph", "class", "brand")
                .link("/#questions", "Questions")
                .link("/#editor", "Query editor")
                .link("/#charts", "Charts")
                .link("/dumps/", "Downloads")
                .link("/docs/", "Docs")
                .close("nav").close("header");
    }

    private static void footer(Html html) {
        html.open("footer", "class", "site").open("p")
                .text("Data: ").link(DatasetTerms.CC_BY_4_0, "CC BY 4.0")
                .text(". Every fact names its source and where in it the fact stands. SPARQL endpoint: ")
                .open("code").text("/sparql").close("code").text(".")
                .close("p").close("footer");
    }
}
