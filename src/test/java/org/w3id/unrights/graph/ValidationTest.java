package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The shapes pass valid data and catch what a loader bug or a hand edit could let through. */
class ValidationTest {
    static final Node SOURCE_GRAPH = Ids.graph("fixture-source");

    @Test
    void theValidFixtureConforms() {
        assertEquals(List.of(), Validation.check(Fixtures.minimalGraph()));
    }

    @Test
    void theShippedDataConforms() {
        assertEquals(List.of(), Validation.check(Fixtures.shippedGraph()));
    }

    @Test
    void aStatementWithoutLocatorFailsAndTheReportPointsAtItsFile() {
        RightsGraph graph = Fixtures.minimalGraph();
        Node statement = Ids.id("statement", "fixture-statement");
        Txn.executeWrite(graph.dataset(), () ->
                graph.dataset().delete(SOURCE_GRAPH, statement, Unr.locator, NodeFactory.createLiteralString("para 5")));

        List<Validation.Finding> findings = Validation.check(graph);

        assertEquals(1, findings.size(), findings::toString);
        Validation.Finding finding = findings.get(0);
        assertTrue(finding.path().contains("locator"), finding::toString);
        assertTrue(finding.focus().contains("fixture-statement"), finding::toString);
        assertTrue(finding.where().contains("fixture-source.yaml:"), finding::toString);
        // The value is gone from the graph, but the data gave it: the report points at the line that did.
        assertEquals("locator", finding.field(), finding::toString);
        assertEquals(lineOf(Fixtures.MINIMAL.resolve("sources/fixture-source.yaml"), "    locator: para 5"),
                finding.location().line(), finding::toString);
    }

    @Test
    void aValueTheShapesRefuseIsReportedAtItsFileLineAndField() {
        RightsGraph graph = Fixtures.minimalGraph();
        Node resolution = Ids.id("resolution", "A/C.3/74/L.99");
        Node sponsor = Ids.id("state", "jpn");
        Txn.executeWrite(graph.dataset(), () -> {
            graph.dataset().delete(SOURCE_GRAPH, resolution, Unr.sponsor, sponsor);
            graph.dataset().add(SOURCE_GRAPH, resolution, Unr.sponsor, Ids.id("person", "fixture-author"));
        });

        List<Validation.Finding> findings = Validation.check(graph);

        assertEquals(1, findings.size(), findings::toString);
        Validation.Finding finding = findings.get(0);
        assertEquals(Fixtures.MINIMAL.resolve("sources/fixture-source.yaml"), finding.location().file(), finding::toString);
        // The refused value was not written by the loader: the report names the field that gives the sponsors.
        assertEquals("sponsors", finding.field(), finding::toString);
        assertTrue(finding.toError().toString().contains("field 'sponsors'"), finding::toString);
    }

    static int lineOf(java.nio.file.Path file, String text) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            return lines.indexOf(text) + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aStateWithTwoAlpha3CodesFails() {
        RightsGraph graph = Fixtures.minimalGraph();
        Node prk = Ids.id("state", "prk");
        Txn.executeWrite(graph.dataset(), () ->
                graph.dataset().add(Ids.REFERENCE_GRAPH, prk, Unr.isoAlpha3, NodeFactory.createLiteralString("KOR")));

        List<Validation.Finding> findings = Validation.check(graph);

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).path().contains("isoAlpha3"), findings::toString);
    }

    @Test
    void aVoteCountThatIsNotAnIntegerFails() {
        RightsGraph graph = Fixtures.minimalGraph();
        Node vote = Ids.id("vote", "fixture-vote");
        Txn.executeWrite(graph.dataset(), () ->
                graph.dataset().add(SOURCE_GRAPH, vote, Unr.abstainCount, NodeFactory.createLiteralDT("many", XSDDatatype.XSDstring)));

        List<Validation.Finding> findings = Validation.check(graph);

        assertTrue(findings.stream().anyMatch(f -> f.path().contains("abstainCount")), findings::toString);
    }

    @Test
    void aStanceOutsideTheStanceSchemeFails() {
        RightsGraph graph = Fixtures.minimalGraph();
        Node statement = Ids.id("statement", "fixture-statement-2");
        Txn.executeWrite(graph.dataset(), () -> {
            graph.dataset().delete(SOURCE_GRAPH, statement, Unr.stance, Ids.concept("stance", "supports"));
            graph.dataset().add(SOURCE_GRAPH, statement, Unr.stance, Ids.concept("vote-option", "yes"));
        });

        List<Validation.Finding> findings = Validation.check(graph);

        assertTrue(findings.stream().anyMatch(f -> f.path().contains("stance")), findings::toString);
    }

    @Test
    void aRoleHeldByABodyFails() {
        RightsGraph graph = Fixtures.minimalGraph();
        Node role = Ids.id("role", "fixture-rapporteur-mandate");
        Txn.executeWrite(graph.dataset(), () -> {
            graph.dataset().delete(SOURCE_GRAPH, role, Std.orgMember, Ids.id("person", "fixture-rapporteur"));
            graph.dataset().add(SOURCE_GRAPH, role, Std.orgMember, Ids.id("body", "fixture-publisher"));
        });

        List<Validation.Finding> findings = Validation.check(graph);

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).path().contains("member"), findings::toString);
    }

    static final Node POSITION = Ids.id("position", "fixture-position");

    @Test
    void aMissingValueIsNamedByTheFieldItsShapeDeclares() {
        // A review no item made, without the state it concerns: unr:concerns is the field concerns of
        // resolutions and the field state of reviews; the report names the one the review's shape declares.
        Node review = Ids.id("review", "prk-fixture-review-1");
        Node copy = Ids.id("review", "hand-made-review");
        List<Validation.Finding> findings = afterEdit(ds -> {
            List<Quad> quads = new ArrayList<>();
            ds.find(SOURCE_GRAPH, review, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            quads.stream().filter(q -> !q.getPredicate().getURI().equals(Unr.NS + "concerns") && !q.getPredicate().equals(Unr.hasResponse))
                    .forEach(q -> ds.add(SOURCE_GRAPH, copy, q.getPredicate(), q.getObject()));
        });

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).focus().contains("hand-made-review"), findings::toString);
        assertEquals("state", findings.get(0).field(), findings::toString);
    }

    @Test
    void aFactWithoutCertaintyFails() {
        List<Validation.Finding> findings = afterEdit(ds -> ds.delete(SOURCE_GRAPH, Ids.id("statement", "fixture-statement"),
                Unr.certainty, Ids.concept("certainty", "stated")));

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).path().contains("certainty"), findings::toString);
        assertTrue(findings.get(0).where().contains("fixture-source.yaml:"), findings::toString);
    }

    @Test
    void aCertaintyOutsideItsSchemeFails() {
        Node statement = Ids.id("statement", "fixture-statement");
        List<Validation.Finding> findings = afterEdit(ds -> {
            ds.delete(SOURCE_GRAPH, statement, Unr.certainty, Ids.concept("certainty", "stated"));
            ds.add(SOURCE_GRAPH, statement, Unr.certainty, Ids.concept("stance", "supports"));
        });

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).path().contains("certainty"), findings::toString);
    }

    @Test
    void anExpectedFactWithTheDateOfWhatHappenedFails() {
        Node event = Ids.id("event", "fixture-press-conference");
        List<Validation.Finding> findings = afterEdit(ds -> {
            ds.delete(SOURCE_GRAPH, event, Unr.certainty, Ids.concept("certainty", "stated"));
            ds.add(SOURCE_GRAPH, event, Unr.certainty, Ids.concept("certainty", "expected"));
        });

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("expectedDate"), findings::toString);
    }

    @Test
    void aPlannedFactWithItsExpectedDateOnlyConforms() {
        Node event = Ids.id("event", "fixture-press-conference");
        List<Validation.Finding> findings = afterEdit(ds -> {
            ds.delete(SOURCE_GRAPH, event, Unr.certainty, Ids.concept("certainty", "stated"));
            ds.add(SOURCE_GRAPH, event, Unr.certainty, Ids.concept("certainty", "planned"));
            ds.delete(SOURCE_GRAPH, event, Unr.date, NodeFactory.createLiteralDT("2019-10-23", XSDDatatype.XSDdate));
            ds.add(SOURCE_GRAPH, event, Unr.expectedDate, NodeFactory.createLiteralDT("2019-10-23", XSDDatatype.XSDdate));
        });

        assertEquals(List.of(), findings);
    }

    @Test
    void anInferenceThatNamesNoPropertyFails() {
        List<Validation.Finding> findings = afterEdit(ds -> ds.delete(SOURCE_GRAPH, POSITION, Unr.inferredProperty, Unr.startDate));

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("unr:inferredProperty"), findings::toString);
    }

    @Test
    void anInferenceWithoutANoteFails() {
        List<Validation.Finding> findings = afterEdit(ds -> ds.deleteAny(SOURCE_GRAPH, POSITION, Unr.inferenceNote, Node.ANY));

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("unr:inferenceNote must say"), findings::toString);
    }

    @Test
    void aNoteOnANodeNotMarkedInferredFails() {
        List<Validation.Finding> findings = afterEdit(ds -> ds.deleteAny(SOURCE_GRAPH, POSITION, Unr.inferred, Node.ANY));

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).path().contains("inferred"), findings::toString);
    }

    private static List<Validation.Finding> afterEdit(java.util.function.Consumer<org.apache.jena.sparql.core.DatasetGraph> edit) {
        RightsGraph graph = Fixtures.minimalGraph();
        Txn.executeWrite(graph.dataset(), () -> edit.accept(graph.dataset()));
        return Validation.check(graph);
    }
}
