package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.system.Txn;
import org.w3id.unrights.site.Labels;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;

/**
 * {@code /sitemap.xml}: every resource page (each typed thing under {@code /id/} and {@code /vocab/}) and the
 * site's own pages, in the sitemaps.org format, for search engines. A sitemap holds at most
 * {@link #PER_SITEMAP} URLs: when there are more (the roll calls' ballots make about 900,000),
 * {@code /sitemap.xml} is a sitemap index of {@code /sitemap/1.xml}, {@code /sitemap/2.xml}, … Each resource is
 * listed once, under the first (by IRI) of the ontology's classes it has; the resources are streamed from the
 * store, never collected, and their number is counted once (about 11 s for the shipped graph's 882,000
 * resources in memory). A sitemap after the first streams past the ones before it, so it takes seconds; its
 * answer carries the data's validators, so a crawler asks again for nothing.
 */
final class SitemapServlet extends HttpServlet {
    /** The most URLs one sitemap may hold (sitemaps.org). */
    static final int PER_SITEMAP = 50_000;
    static final String INDEX = "/sitemap.xml";
    static final String PAGES = "/sitemap";
    /** The site's own pages, listed before the resources. */
    static final List<String> SITE = List.of("/", "/queries/", "/dumps/", "/docs/", OntologyServlet.PATH);
    private static final Pattern PAGE = Pattern.compile("/([1-9][0-9]*)\\.xml");
    private static final Node OWL_CLASS = NodeFactory.createURI(Std.OWL + "Class");

    private final transient DatasetGraph dataset;
    private final int perSitemap;
    private final AtomicLong count = new AtomicLong(-1);

    /** @param dataset the dataset with its named graphs, the ontology among them */
    SitemapServlet(DatasetGraph dataset) {
        this(dataset, PER_SITEMAP);
    }

    /** @param perSitemap the most URLs a sitemap holds: {@link #PER_SITEMAP}, or fewer to see an index over small data */
    SitemapServlet(DatasetGraph dataset, int perSitemap) {
        this.dataset = dataset;
        this.perSitemap = perSitemap;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String host = request.getHeader("Host");
        String base = request.getScheme() + "://" + (host != null ? host : request.getServerName() + ":" + request.getServerPort());
        long total = SITE.size() + resources();
        int sitemaps = (int) ((total + perSitemap - 1) / perSitemap);
        if (request.getServletPath().equals(INDEX)) {
            if (sitemaps == 1) {
                urlset(response, base, 1);
            } else {
                index(response, base, sitemaps);
            }
            return;
        }
        Matcher page = PAGE.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        int n = page.matches() ? Integer.parseInt(page.group(1)) : 0;
        if (n < 1 || n > sitemaps || sitemaps == 1) {
            Responses.notFound(response, "No such sitemap", "There is no sitemap " + request.getRequestURI()
                    + ": the sitemaps are listed in " + INDEX + ".", INDEX, "the sitemap");
            return;
        }
        urlset(response, base, n);
    }

    private void index(HttpServletResponse response, String base, int sitemaps) throws IOException {
        try (Writer out = xml(response)) {
            out.write("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int n = 1; n <= sitemaps; n++) {
                out.write("<sitemap><loc>" + base + PAGES + "/" + n + ".xml</loc></sitemap>\n");
            }
            out.write("</sitemapindex>\n");
        }
    }

    /** Sitemap {@code n} (from 1): the site's pages, then the resources, {@code perSitemap} at a time. */
    private void urlset(HttpServletResponse response, String base, int n) throws IOException {
        try (Writer out = xml(response)) {
            out.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            long skip = (long) (n - 1) * perSitemap;
            Txn.executeRead(dataset, () -> Stream.concat(SITE.stream(), paths())
                    .skip(skip).limit(perSitemap).forEach(path -> {
                        try {
                            out.write("<url><loc>" + escape(base + path) + "</loc></url>\n");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
            out.write("</urlset>\n");
        }
    }

    private static Writer xml(HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=utf-8");
        Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return out;
    }

    /** How many resources the sitemaps list, counted at the first request: the data cannot change while serving. */
    long resources() {
        long known = count.get();
        if (known < 0) {
            known = Txn.calculateRead(dataset, () -> paths().count());
            count.set(known);
        }
        return known;
    }

    /** The path of every resource page, each once, class by class. */
    private Stream<String> paths() {
        Graph union = dataset.getUnionGraph();
        Set<Node> classes = new TreeSet<>(Comparator.comparing(Node::getURI));
        dataset.stream(Ids.ONTOLOGY_GRAPH, Node.ANY, Std.rdfType, OWL_CLASS).map(q -> q.getSubject()).filter(Node::isURI).forEach(classes::add);
        // Besides the ontology's classes: the concepts, and what describes a data set (its files and their checksums).
        classes.addAll(List.of(Std.skosConcept, DatasetTerms.dcatDataset, DatasetTerms.dcatDistribution, DatasetTerms.spdxChecksumClass));
        return classes.stream().flatMap(type -> {
            Node[] previous = {null};
            ExtendedIterator<Triple> typed = union.find(Node.ANY, Std.rdfType, type);
            // A subject stated in several graphs comes once per graph, one after the other.
            return Iter.asStream(typed).onClose(typed::close).map(Triple::getSubject)
                    .filter(s -> s.isURI() && (s.getURI().startsWith(Ids.ID) || s.getURI().startsWith(Ids.VOCAB)))
                    .filter(s -> {
                        boolean repeated = s.equals(previous[0]);
                        previous[0] = s;
                        return !repeated && firstClass(union, s, classes).equals(type);
                    })
                    .map(Labels::href);
        });
    }

    /** The first (by IRI) of the listed classes the resource has: the one class it is listed under. */
    private static Node firstClass(Graph union, Node resource, Set<Node> classes) {
        return union.find(resource, Std.rdfType, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(classes::contains).min(Comparator.comparing(Node::getURI)).orElse(Node.ANY);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
