package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;

/**
 * Over the shipped graph, roll calls included, the sitemaps list every resource page once (every ballot and roll
 * call among them): far more than one sitemap may hold, so {@code /sitemap.xml} is an index.
 */
class ShippedSitemapTest {
    @Test
    void theSitemapsCountEveryResourceOfTheRecordOnce() {
        DatasetGraph dataset = Fixtures.shippedGraph().dataset();
        Set<Node> typed = new HashSet<>();
        Txn.executeRead(dataset, () -> dataset.stream(Node.ANY, Node.ANY, Std.rdfType, Node.ANY).map(Quad::getSubject)
                .filter(s -> s.isURI() && (s.getURI().startsWith(Ids.ID) || s.getURI().startsWith(Ids.VOCAB))).forEach(typed::add));
        assertTrue(typed.size() > 869_937, "every ballot is a resource: " + typed.size());
        assertEquals(typed.size(), new SitemapServlet(dataset).resources());
        assertTrue(typed.size() + SitemapServlet.SITE.size() > SitemapServlet.PER_SITEMAP, "more than one sitemap holds");
    }
}
