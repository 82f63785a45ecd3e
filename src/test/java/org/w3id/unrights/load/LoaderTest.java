package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The valid fixture, loaded: each kind of fact lands in the right graph as the right triples. */
class LoaderTest {
    static final Node SOURCE_GRAPH = Ids.graph("fixture-source");
    static final Node SOURCE = Ids.id("source", "fixture-source");
    static RightsGraph graph;
    static DatasetGraph ds;

    @BeforeAll
    static void load() {
        graph = Fixtures.minimalGraph();
        ds = graph.dataset();
    }

    @Test
    void statesGoToTheReferenceGraphWithTheirCodes() {
        Node prk = Ids.id("state", "prk");
        assertTrue(ds.contains(Ids.REFERENCE_GRAPH, prk, Std.rdfType, Unr.State));
        assertTrue(ds.contains(Ids.REFERENCE_GRAPH, prk, Unr.isoAlpha2, NodeFactory.createLiteralString("KP")));
        assertTrue(ds.contains(Ids.REFERENCE_GRAPH, prk, Unr.m49Code, NodeFactory.createLiteralString("408")));
        assertTrue(ds.contains(Ids.REFERENCE_GRAPH, prk, Std.owlSameAs, Ids.wikidata("Q423")));
        assertFalse(ds.contains(SOURCE_GRAPH, prk, Std.rdfType, Unr.State), "reference data stays out of source graphs");
    }

    @Test
    void aStatementCarriesItsSourceLocatorStanceAndQuotation() {
        Node s = Ids.id("statement", "fixture-statement");
        assertTrue(ds.contains(SOURCE_GRAPH, s, Std.rdfType, Unr.Statement));
        assertTrue(ds.contains(SOURCE_GRAPH, s, Std.provWasDerivedFrom, SOURCE));
        assertTrue(ds.contains(SOURCE_GRAPH, s, Unr.locator, NodeFactory.createLiteralString("para 5")));
        assertTrue(ds.contains(SOURCE_GRAPH, s, Unr.onBehalfOf, Ids.id("state", "prk")));
        assertTrue(ds.contains(SOURCE_GRAPH, s, Unr.stance, Ids.concept("stance", "rejects")));
        assertTrue(ds.contains(SOURCE_GRAPH, s, Unr.quotation, NodeFactory.createLiteralLang("a made-up quotation", "en")));
        assertTrue(ds.contains(SOURCE_GRAPH, s, Unr.inDocument, Ids.id("document", "A/74/999")));
        assertTrue(ds.contains(SOURCE_GRAPH, s, Unr.reportedBy, Ids.id("person", "fixture-rapporteur")));
        assertTrue(ds.contains(SOURCE_GRAPH, s, Unr.date, NodeFactory.createLiteralDT("2019-05", XSDDatatype.XSDgYearMonth)));
    }

    @Test
    void datesKeepTheSourcesPrecision() {
        Node fact = Ids.id("mechanism-fact", "fixture-source/fixture-sr/para-1");
        assertTrue(ds.contains(SOURCE_GRAPH, fact, Unr.established, NodeFactory.createLiteralDT("2004", XSDDatatype.XSDgYear)));
        assertTrue(ds.contains(SOURCE_GRAPH, Ids.id("document", "A/74/999"), Unr.date,
                NodeFactory.createLiteralDT("2019-09-20", XSDDatatype.XSDdate)));
    }

    @Test
    void aMechanismIsTypedWithTheClassOfItsKind() {
        Node mechanism = Ids.id("mechanism", "fixture-review");
        assertTrue(ds.contains(Ids.REFERENCE_GRAPH, mechanism, Unr.mechanismKind, Ids.concept("mechanism-kind", "periodic-review")));
        assertTrue(ds.contains(Ids.REFERENCE_GRAPH, mechanism, Std.rdfType, Unr.PeriodicReview));
    }

    @Test
    void eachMechanismFactIsANodeWithTheLocatorOfItsPassage() {
        Node fact = Ids.id("mechanism-fact", "fixture-source/fixture-sr/para-1");
        assertTrue(ds.contains(SOURCE_GRAPH, fact, Std.rdfType, Unr.MechanismFact));
        assertTrue(ds.contains(SOURCE_GRAPH, fact, Unr.describes, Ids.id("mechanism", "fixture-sr")));
        assertTrue(ds.contains(SOURCE_GRAPH, fact, Unr.establishedBy, Ids.id("body", "un-general-assembly")));
        assertTrue(ds.contains(SOURCE_GRAPH, fact, Unr.locator, NodeFactory.createLiteralString("para 1")));
        assertTrue(ds.contains(SOURCE_GRAPH, fact, Std.provWasDerivedFrom, SOURCE));
        assertFalse(ds.contains(SOURCE_GRAPH, Ids.id("mechanism", "fixture-sr"), Unr.established, Node.ANY),
                "the mechanism node itself carries no source's dates");
    }

    @Test
    void resolutionsKeepTheirSymbolParagraphsAndSponsors() {
        Node res = Ids.id("resolution", "A/C.3/74/L.99");
        Node para = Ids.id("paragraph", "A/C.3/74/L.99/8");
        assertEquals("https://w3id.org/un-rights/id/resolution/A/C.3/74/L.99", res.getURI());
        assertTrue(ds.contains(SOURCE_GRAPH, res, Unr.sponsor, Ids.id("state", "jpn")));
        assertTrue(ds.contains(SOURCE_GRAPH, res, Unr.adoptionMode, Ids.concept("adoption-mode", "recorded-vote")));
        assertTrue(ds.contains(SOURCE_GRAPH, res, Unr.hasParagraph, para));
        assertTrue(ds.contains(SOURCE_GRAPH, para, Unr.operativeAction, Ids.concept("operative-action", "encourages")));
        assertTrue(ds.contains(SOURCE_GRAPH, para, Unr.locator, NodeFactory.createLiteralString("note 1")),
                "a paragraph without its own locator takes its resolution's");
    }

    @Test
    void votesHaveCountsAndBallots() {
        Node vote = Ids.id("vote", "fixture-vote");
        Node ballot = Ids.id("ballot", "fixture-vote/prk");
        assertTrue(ds.contains(SOURCE_GRAPH, vote, Unr.yesCount, NodeFactory.createLiteralDT("111", XSDDatatype.XSDinteger)));
        assertTrue(ds.contains(SOURCE_GRAPH, vote, Unr.noCount, NodeFactory.createLiteralDT("19", XSDDatatype.XSDinteger)));
        assertTrue(ds.contains(SOURCE_GRAPH, vote, Unr.hasBallot, ballot));
        assertTrue(ds.contains(SOURCE_GRAPH, ballot, Unr.option, Ids.concept("vote-option", "no")));
    }

    @Test
    void reviewResponsesKeepTheirCategory() {
        Node response = Ids.id("response", "prk-fixture-review-1/examined");
        assertTrue(ds.contains(SOURCE_GRAPH, Ids.id("review", "prk-fixture-review-1"), Unr.hasResponse, response));
        assertTrue(ds.contains(SOURCE_GRAPH, response, Unr.responseCategory, Ids.concept("response-category", "examined")));
        assertTrue(ds.contains(SOURCE_GRAPH, response, Unr.count, NodeFactory.createLiteralDT("117", XSDDatatype.XSDinteger)));
    }

    @Test
    void definitionsRememberTheirFileAndLine() {
        FilePosition where = graph.origin(Ids.id("statement", "fixture-statement")).orElseThrow();
        assertTrue(where.file().endsWith("sources/fixture-source.yaml"));
        List<String> lines = List.of(readFixture().split("\n", -1));
        assertTrue(lines.get(where.line() - 1).contains("key: fixture-statement"), "line " + where.line());
    }

    private static String readFixture() {
        try {
            return java.nio.file.Files.readString(Fixtures.MINIMAL.resolve("sources/fixture-source.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyFactCarriesItsCertaintyAndAChildTakesItsParentsUnlessItGivesItsOwn() {
        Node vote = Ids.id("vote", "fixture-vote");
        assertTrue(ds.contains(SOURCE_GRAPH, vote, Unr.certainty, Ids.concept("certainty", "stated")));
        Node ballot = GraphWriter.child("ballot", "fixture-vote", "prk");
        assertTrue(ds.contains(SOURCE_GRAPH, ballot, Unr.certainty, Ids.concept("certainty", "stated")), "inherited");
        Node paragraph = GraphWriter.child("paragraph", "A/C.3/74/L.99", "8");
        assertTrue(ds.contains(SOURCE_GRAPH, paragraph, Unr.certainty, Ids.concept("certainty", "hedged")), "its own");
        assertEquals(1, ds.stream(SOURCE_GRAPH, paragraph, Unr.certainty, Node.ANY).count(), "never both");
    }

    @Test
    void claimsInferencesOpenListsAndWordingAreMarkedOnTheFact() {
        Node statement = Ids.id("statement", "fixture-statement-2");
        assertTrue(ds.contains(SOURCE_GRAPH, statement, Unr.certainty, Ids.concept("certainty", "attributed")));
        assertTrue(ds.contains(SOURCE_GRAPH, statement, Unr.claimedBy, Ids.id("person", "fixture-rapporteur")));

        Node position = Ids.id("position", "fixture-position");
        assertTrue(ds.contains(SOURCE_GRAPH, position, Unr.inferred, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertTrue(ds.contains(SOURCE_GRAPH, position, Unr.inferredProperty, Unr.startDate), "the property field from is written as");
        assertTrue(ds.contains(SOURCE_GRAPH, position, Unr.inferenceNote,
                NodeFactory.createLiteralString("The paragraph dates the refusal only by the mandate it is aimed at.")));
        assertTrue(ds.contains(SOURCE_GRAPH, position, Unr.sourceWording, NodeFactory.createLiteralLang("since the mandate began", "en")));

        Node resolution = Ids.id("resolution", "A/C.3/74/L.99");
        assertTrue(ds.contains(SOURCE_GRAPH, resolution, Unr.incompleteProperty, Unr.sponsor));
        assertFalse(ds.contains(SOURCE_GRAPH, resolution, Unr.inferred, Node.ANY), "nothing deduced, nothing marked");
    }
}
