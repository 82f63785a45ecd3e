package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.site.Labels;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * A resource page says, for each source, how sure that source is of the facts it gives and which values were
 * deduced: read from the pages of the shipped data, over HTTP, against what the graph holds.
 */
class CertaintyOnPagesTest extends ServingShippedGraph {
    static final String NORTH38 = Ids.GRAPH + "38north-2014-beyond-security-council";
    static final String NKDB = Ids.GRAPH + "nkdb-2023-song-what-more";

    /** The block of one source graph on a resource's page. */
    static Element block(String path, String graphIri) {
        Document page = http.page(path, "Accept", "text/html");
        Element block = page.selectFirst("div.source-block[data-graph='" + graphIri + "']");
        assertNotNull(block, "block of " + graphIri + " on " + path);
        return block;
    }

    /** The row of one property in a block, found by the property's IRI (the link's tooltip). */
    static Element row(Element block, Node property) {
        Element link = block.selectFirst("table.facts th a[title='" + property.getURI() + "']");
        assertNotNull(link, "row of " + property.getURI());
        return link.closest("tr");
    }

    static String text(Quad quad) {
        return quad.getObject().getLiteralLexicalForm();
    }

    static List<Quad> quads(Node graph, Node subject, Node property) {
        return Txn.calculateRead(graph().dataset(), () -> graph().dataset().stream(graph == null ? Node.ANY : graph, subject, property, Node.ANY).toList());
    }

    static org.w3id.unrights.graph.RightsGraph graph() {
        return ServingShippedGraph.graph;
    }

    @Test
    void aSpeculatedVisitIsShownAsHedged() {
        Element block = block("/id/event/lambrinidis-possible-pyongyang-visit-2014", NORTH38);
        assertEquals("hedged", block.selectFirst("p.marks span.certainty strong").text());
        assertTrue(block.selectFirst("p.marks span.certainty").hasClass("certainty-hedged"));
    }

    /** The year of the 17 August meeting is deduced: its date row says so, with the note and the source's words. */
    @Test
    void anInferredDateIsFlaggedWithItsNoteAndTheSourcesWords() {
        Node meeting = Ids.id("event", "unsc-2023-08-17-dprk-meeting");
        String note = text(quads(null, meeting, Unr.inferenceNote).get(0));
        Element block = block(Labels.href(meeting), NKDB);
        Element date = row(block, Unr.date);
        assertTrue(date.hasClass("inferred"));
        assertEquals("inferred", date.selectFirst("th span.flag.inferred").text());
        assertEquals(note, date.selectFirst("th span.flag.inferred").attr("title"));
        assertEquals("August 17", date.selectFirst("div.source-wording q").text());
        assertEquals(note, block.selectFirst("p.inference-note").ownText());
        assertEquals("stated", block.selectFirst("p.marks span.certainty strong").text());
        Element label = row(block, org.w3id.unrights.vocab.Std.rdfsLabel);
        assertFalse(label.hasClass("inferred"), "only the deduced property is flagged");
        assertNull(block.selectFirst("table.facts th a[title='" + Unr.inferenceNote.getURI() + "']"),
                "the marks stand beside the facts, not as rows of their own");
    }

    @Test
    void anExpectedSeatShowsItsExpectedDateAndNoTerm() {
        Element block = block("/id/role/kor-unsc-seat-2024-nkdb2023", NKDB);
        assertEquals("expected", block.selectFirst("p.marks span.certainty strong").text());
        assertEquals("2024", row(block, Unr.expectedDate).selectFirst("div.value").ownText());
        assertNull(block.selectFirst("table.facts th a[title='" + Unr.startDate.getURI() + "']"));
        assertNull(block.selectFirst("table.facts th a[title='" + Unr.endDate.getURI() + "']"));
    }

    @Test
    void anOpenListIsMarkedIncomplete() {
        Element block = block("/id/event/china-bilateral-dialogues-partners", NORTH38);
        assertEquals("list incomplete", row(block, org.apache.jena.graph.NodeFactory.createURI(Unr.NS + "participant")).selectFirst("th span.flag.incomplete").text());
    }

    /** Every fact node's page shows, in the block of its graph, the certainty that graph gives it and who claims it. */
    @Test
    void everyFactShowsItsCertaintyAndClaimant() {
        List<Quad> facts = Txn.calculateRead(graph().dataset(), () -> graph().dataset()
                .stream(Node.ANY, Node.ANY, Unr.certainty, Node.ANY)
                .filter(q -> q.getSubject().isURI() && q.getSubject().getURI().startsWith(Ids.ID)).toList());
        assertTrue(facts.size() > 300, "facts with a certainty: " + facts.size());
        for (String key : List.of("stated", "attributed", "hedged", "expected", "planned")) {
            List<Quad> withKey = facts.stream().filter(q -> q.getObject().getURI().endsWith("/certainty/" + key)).limit(4).toList();
            assertFalse(withKey.isEmpty(), "a fact " + key);
            for (Quad fact : withKey) {
                Element block = block(Labels.href(fact.getSubject()), fact.getGraph().getURI());
                assertEquals(key, block.selectFirst("p.marks span.certainty strong").text(), fact.getSubject().getURI());
                List<Quad> claimant = quads(fact.getGraph(), fact.getSubject(), Unr.claimedBy);
                if (!claimant.isEmpty()) {
                    assertEquals(Labels.href(claimant.get(0).getObject()),
                            block.selectFirst("p.marks span.claimed-by a").attr("href"), fact.getSubject().getURI());
                }
            }
        }
    }

    /** Every property a graph marks as deduced is flagged in its row on the page of the node. */
    @Test
    void everyInferredPropertyIsFlagged() {
        List<Quad> marks = Txn.calculateRead(graph().dataset(), () -> graph().dataset()
                .stream(Node.ANY, Node.ANY, Unr.inferredProperty, Node.ANY)
                .filter(q -> q.getSubject().getURI().startsWith(Ids.ID)).toList());
        assertTrue(marks.size() > 50, "inferred marks: " + marks.size());
        for (Quad mark : marks) {
            Element block = block(Labels.href(mark.getSubject()), mark.getGraph().getURI());
            Element flag = row(block, mark.getObject()).selectFirst("th span.flag.inferred");
            assertNotNull(flag, mark.getObject().getURI() + " of " + mark.getSubject().getURI());
            assertFalse(block.selectFirst("p.inference-note").ownText().isBlank());
        }
    }
}
