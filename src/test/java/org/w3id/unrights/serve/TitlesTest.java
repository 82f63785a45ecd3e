package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.site.Labels;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * A title says what a thing is, never what one source said about it: over every resource page of the shipped
 * curated data, no heading, page title or link label is a source's summary (whole, or cut short); the summaries
 * are shown as each source's claim, with the source. Statements are titled by who acted, and roles by who held them.
 */
class TitlesTest extends ServingShippedGraph {

    @Test
    void noHeadingTitleOrLinkLabelOnAnyResourcePageIsASummary() {
        Set<String> summaries = new TreeSet<>();
        List<Node> resources = new ArrayList<>();
        Txn.executeRead(graph.dataset(), () -> {
            graph.dataset().stream(Node.ANY, Node.ANY, Unr.summary, Node.ANY).map(Quad::getObject).filter(Node::isLiteral)
                    .forEach(s -> summaries.add(s.getLiteralLexicalForm().strip()));
            graph.dataset().stream(Node.ANY, Node.ANY, Std.rdfType, Node.ANY).map(Quad::getSubject)
                    .filter(s -> s.isURI() && s.getURI().startsWith(Ids.ID)).distinct().forEach(resources::add);
        });
        assertTrue(summaries.size() > 300, "the curated data has summaries: " + summaries.size());
        assertTrue(resources.size() > 500, "the curated data has resources: " + resources.size());
        List<String> offending = new ArrayList<>();
        for (Node resource : resources) {
            Document page = http.page(Labels.href(resource), "Accept", "text/html");
            List<String> names = new ArrayList<>(page.select("h1, h2, h3, a").eachText());
            names.add(page.title().replace(" · UN Rights Graph", ""));
            for (String name : names) {
                if (isSummary(name, summaries)) {
                    offending.add(Labels.shortForm(resource) + ": " + name);
                }
            }
        }
        assertEquals(List.of(), offending, "headings and link labels that are a source's summary");
    }

    /** The text is a summary, whole or cut at a label's length ("…"). */
    private static boolean isSummary(String text, Set<String> summaries) {
        String t = text.strip();
        if (summaries.contains(t)) {
            return true;
        }
        if (t.endsWith("…")) {
            String stem = t.substring(0, t.length() - 1).strip();
            return stem.length() > 20 && summaries.stream().anyMatch(s -> s.startsWith(stem));
        }
        return false;
    }

    @Test
    void aSummaryIsShownAsItsSourcesClaimWithTheSource() {
        Document page = http.page("/id/resolution/A/RES/69/188");
        String heading = page.selectFirst("h1").text();
        assertTrue(heading.contains("General Assembly") && heading.contains("Democratic People's Republic of Korea"), heading);
        List<Element> claims = page.select("section.claims p.claim");
        assertEquals(2, claims.size(), "two articles describe the 2014 resolution, each its own way");
        for (Element claim : claims) {
            Element source = claim.selectFirst("span.according-to a[href^='/id/source/']");
            assertNotNull(source, "each claim names its source: " + claim.text());
            assertFalse(claim.select("span.according-to span.locator").isEmpty(), "and where in it: " + claim.text());
        }
    }

    @Test
    void theStatesThatSpokeAgainstThe2020TextAreNamed() {
        Document page = http.page("/id/resolution/ga3c-2020-dprk-draft?links=statement");
        List<String> statements = page.select("section.incoming-group[data-kind=statement] tbody tr td:first-child a").eachText();
        for (String state : List.of("Azerbaijan", "Belarus", "Burundi", "People's Republic of China", "Russian Federation",
                "Bolivarian Republic of Venezuela")) {
            assertTrue(statements.stream().anyMatch(s -> s.startsWith(state + " opposes") && s.endsWith(", 2020")), state + " in " + statements);
        }
    }

    @Test
    void theSpecialRapporteursHoldersAreNamed() {
        Document page = http.page("/id/mechanism/sr-dprk");
        List<String> roles = page.select("section.incoming-group[data-kind=role] tbody tr td:first-child a").eachText();
        for (String person : List.of("Vitit Muntarbhorn", "Marzuki Darusman", "Tomás Ojea Quintana")) {
            assertTrue(roles.stream().anyMatch(r -> r.startsWith(person + ", Special Rapporteur")), person + " in " + roles);
        }
    }

    @Test
    void aVoteIsTitledByItsBodyResolutionAndDate() {
        assertEquals("Third Committee of the United Nations General Assembly vote on A/C.3/69/L.28/Rev.1, 2014-11-18",
                http.page("/id/vote/ga3c-2014-11-18-dprk").selectFirst("h1").text());
        assertEquals("A/C.3/69/L.28/Rev.1: Situation of human rights in the Democratic People's Republic of Korea",
                http.page("/id/resolution/A/C.3/69/L.28/Rev.1").selectFirst("h1").text());
    }
}
