package org.w3id.unrights.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;
import org.w3id.unrights.serve.html.Html;
import org.w3id.unrights.serve.html.Layout;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code /}: what the graph holds and for whom, counts taken from the served data, the named queries with
 * a button to run each, the SPARQL editor, charts drawn from live queries, and the ways to get the data.
 */
final class LandingPageServlet extends HttpServlet {
    /**
     * The classes counted on the page, with the plural shown. Subclasses count toward their class
     * ({@link Statistics#instancesOfKind()}), so these are not VoID's class partitions, which count each class
     * as typed; the triples are VoID's {@code void:triples}, the asserted ones.
     */
    private static final Map<Node, String> COUNTED = counted();
    private static final String[] STYLESHEETS = {Layout.STATIC + "vendor/yasgui/yasgui.min.css"};
    private static final String[] SCRIPTS = {Layout.STATIC + "vendor/yasgui/yasgui.min.js",
            Layout.STATIC + "site.js", Layout.STATIC + "editor.js", Layout.STATIC + "charts.js"};

    private final NamedQueries queries;
    /** Counted once: the served dataset is read-only, so the numbers cannot change while the server runs. */
    private final Map<String, Long> counts;

    /** @param stats the counts of the served graph, the same that the dumps' VoID gives */
    LandingPageServlet(Statistics stats, NamedQueries queries) {
        this.queries = queries;
        this.counts = counts(stats);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + RightsServer.SPARQL;
        List<NamedQuery> named = queries.all();
        Responses.html(response, Layout.page("Home", STYLESHEETS, SCRIPTS, html -> {
            intro(html);
            questions(html, named);
            editor(html);
            charts(html);
            data(html, endpoint);
        }));
    }

    private void intro(Html html) {
        html.open("section", "class", "intro");
        html.element("h1", "UN Rights Graph");
        html.element("p", "A knowledge graph of the UN human-rights system: the states, UN bodies, people and NGOs that act "
                + "in it; its mechanisms (Special Rapporteurs, commissions of inquiry, the Universal Periodic Review, "
                + "resolutions and debates of the Human Rights Council, General Assembly and Security Council); and the "
                + "positions actors take toward them. Every fact names the source document it comes from and where in "
                + "that source it stands.", "class", "lead");
        html.open("ul", "class", "counts", "aria-label", "What the graph holds");
        counts.forEach((what, n) -> html.open("li").element("span", Long.toString(n), "class", "n").text(what).close("li"));
        html.close("ul");
        html.open("p", "class", "muted").text("Each kind is counted with its subkinds (every special procedure is a mechanism); "
                + "the triples are those the dumps hold. ").link("/dumps/void.ttl", "void.ttl")
                .text(" gives the same totals, and per class only the instances typed with it.").close("p");
        html.open("div", "class", "audiences");
        audience(html, "Researchers and journalists", "Run the example questions below, or open any resource page — e.g. ",
                Labels.href(Ids.id("state", "prk")), "the DPRK", " — to see each fact with its source and paragraph.");
        audience(html, "SPARQL users", "Query the standard endpoint from the editor below, curl, Python or JavaScript; ",
                "/docs/QUERYING.md", "how to query", " has working examples.");
        audience(html, "Data consumers", "Download the whole graph as Turtle, N-Triples, TriG (one graph per source) or "
                + "JSON-LD, described in VoID and DCAT: ", "/dumps/", "downloads", ".");
        html.close("div");
        html.close("section");
    }

    private static void audience(Html html, String who, String before, String href, String link, String after) {
        html.open("div").element("h3", who).open("p").text(before).link(href, link).text(after).close("p").close("div");
    }

    private static void questions(Html html, List<NamedQuery> named) {
        html.open("section", "id", "questions").element("h2", "Questions the graph answers");
        html.element("p", "Each is a SPARQL query kept with the project and checked against the answer its sources give. "
                + "Run it here, open it in the editor to change it, or link to its own page.");
        if (named.isEmpty()) {
            html.element("p", "No named queries are installed on this server.", "class", "status");
        }
        for (NamedQuery q : named) {
            html.open("article", "class", "named-query", "data-name", q.name());
            html.element("h3", q.title());
            html.element("p", q.question(), "class", "question");
            html.open("div", "class", "actions")
                    .element("button", "Run", "type", "button", "data-run", q.name())
                    .element("button", "Open in editor", "type", "button", "class", "secondary", "data-edit", q.name())
                    .link("/queries/" + q.name(), "results page")
                    .close("div");
            html.element("pre", q.text(), "id", "query-" + q.name(), "class", "sparql");
            html.open("div", "id", "result-" + q.name(), "class", "result", "aria-live", "polite").close("div");
            html.close("article");
        }
        html.close("section");
    }

    private static void editor(Html html) {
        html.open("section", "id", "editor").element("h2", "Ask your own question");
        html.open("p").text("The editor sends SPARQL 1.1 to this server's endpoint. Press the run button or Ctrl+Enter; "
                + "results can be shown as a table or downloaded. The default graph is the union of all sources; use ")
                .element("code", "GRAPH ?g").text(" to see which source says what.").close("p");
        html.open("div", "id", "yasgui").close("div");
        html.open("noscript").element("p", "The editor needs JavaScript; the endpoint itself works without it, e.g. with curl.").close("noscript");
        html.close("section");
    }

    private static void charts(Html html) {
        html.open("section", "id", "charts").element("h2", "At a glance");
        html.open("div", "class", "charts");
        chart(html, "upr", "Universal Periodic Review", "Recommendations a state received in each cycle, and how it responded, in each source's own categories.");
        chart(html, "council", "Security Council meetings on human rights, by year", "Meetings of the Council the graph records.");
        chart(html, "votes", "Votes on resolutions", "Recorded votes: yes, no, abstentions and absences; or adoption without a vote.");
        html.close("div").close("section");
    }

    private static void chart(Html html, String name, String title, String subtitle) {
        html.open("figure", "class", "chart", "data-chart", name)
                .open("figcaption").text(title).element("span", subtitle).close("figcaption")
                .open("div", "class", "chart-body").element("p", "Loading…", "class", "status").close("div")
                .open("p", "class", "muted").link("#editor", "open this query in the editor", "class", "chart-query").close("p")
                .close("figure");
    }

    private static void data(Html html, String endpoint) {
        html.open("section", "id", "data").element("h2", "Get the data");
        html.open("p").text("SPARQL endpoint (GET or POST, read-only, CORS on): ").element("code", endpoint).close("p");
        html.element("pre", "curl -s " + endpoint + " -H 'Accept: text/csv' \\\n  --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 10'");
        html.open("p").text("Every resource IRI ").element("code", Ids.ID + "{kind}/{key}")
                .text(" answers here at ").element("code", "/id/{kind}/{key}")
                .text(" as HTML, Turtle, JSON-LD, N-Triples, RDF/XML, TriG or N-Quads (Accept header or ?format=).").close("p");
        html.open("ul", "class", "downloads");
        for (Dump dump : Dump.values()) {
            html.open("li").link("/dumps/" + dump.fileName(), dump.fileName()).text(" — " + dump.title()).close("li");
        }
        html.close("ul");
        html.open("p").text("Read more: ").link("/docs/QUERYING.md", "how to query (curl, Python, JavaScript, the editor)")
                .text(" · ").link("/docs/ONTOLOGY.md", "the ontology, field by field")
                .text(" · ").link("/queries/", "all named queries").text(".").close("p");
        html.close("section");
    }

    private static Map<String, Long> counts(Statistics stats) {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTED.forEach((type, plural) -> counts.put(plural, stats.instancesOfKind(type.getURI())));
        counts.put("triples", stats.triples());
        return counts;
    }

    private static Map<Node, String> counted() {
        Map<Node, String> counted = new LinkedHashMap<>();
        counted.put(Unr.State, "states");
        counted.put(Unr.Body, "bodies and organisations");
        counted.put(Unr.Person, "people");
        counted.put(Unr.Mechanism, "mechanisms");
        counted.put(Unr.Resolution, "resolutions");
        counted.put(Unr.Vote, "votes");
        counted.put(Unr.Review, "periodic reviews");
        counted.put(Unr.Statement, "statements");
        counted.put(Unr.Position, "positions");
        counted.put(Unr.Event, "events");
        counted.put(Unr.Source, "sources");
        return counted;
    }
}
