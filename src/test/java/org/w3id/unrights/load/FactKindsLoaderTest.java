package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/** Figures, sanctions, proposals and treaty status load as facts of their own, and bad values stop the load. */
class FactKindsLoaderTest {
    static final String SECTIONS = """

            figures:
              - key: fixture-seats
                measure: seats
                value: 47
                about: [body:un-general-assembly]
                sourceWording: "over 47"
                inferred: [value]
                inferenceNote: The fixture says more than 47, so 47 is the lower bound.
                locator: para 9
                certainty: stated

            sanctions:
              - key: fixture-sanction
                imposedBy: [united-nations]
                target: prk
                measures: [no trade in luxury goods]
                locator: para 9
                certainty: stated

            proposals:
              - key: fixture-benchmark
                kind: benchmark
                proposedBy: fixture-rapporteur
                for: [mechanism:fixture-sr]
                summary: A benchmark put forward.
                locator: para 9
                certainty: attributed
                claimedBy: fixture-rapporteur

            treatyStatus:
              - key: fixture-treaty
                state: prk
                treaty: mechanism:fixture-review
                status: signatory
                signed: "1998"
                locator: para 9
                certainty: stated
            """;

    @TempDir
    Path dir;

    private Path fixture(String sections) throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir);
        Path file = data.resolve("sources/fixture-source.yaml");
        Files.writeString(file, Files.readString(file) + sections);
        return data;
    }

    @Test
    void eachKindIsAFactWithItsValues() throws IOException {
        RightsGraph graph = new GraphBuilder(fixture(SECTIONS), Fixtures.ONTOLOGY).build();
        Node g = Ids.graph("fixture-source");
        Txn.executeRead(graph.dataset(), () -> {
            Node figure = Ids.id("figure", "fixture-seats");
            assertTrue(graph.dataset().contains(g, figure, Unr.measure, Ids.concept("measure", "seats")));
            assertEquals(0, new BigDecimal(graph.dataset().find(g, figure, Unr.value, Node.ANY).next().getObject()
                    .getLiteralLexicalForm()).compareTo(new BigDecimal(47)));
            assertTrue(graph.dataset().contains(g, figure, Unr.inferredProperty, Unr.value));
            assertTrue(graph.dataset().contains(g, Ids.id("sanction", "fixture-sanction"), Unr.concerns, Ids.id("state", "prk")));
            assertTrue(graph.dataset().contains(g, Ids.id("proposal", "fixture-benchmark"), Unr.proposalKind,
                    Ids.concept("proposal-kind", "benchmark")));
            assertTrue(graph.dataset().contains(g, Ids.id("treaty-status", "fixture-treaty"), Unr.treatyStatus,
                    Ids.concept("treaty-status", "signatory")));
            assertTrue(graph.dataset().contains(g, Ids.id("treaty-status", "fixture-treaty"), Unr.signed,
                    NodeFactory.createLiteralDT("1998", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)));
        });
    }

    @Test
    void aFigureInWordsIsReportedAtItsField() throws IOException {
        Path data = fixture(SECTIONS.replace("value: 47", "value: nearly half"));
        DataException e = assertThrows(DataException.class, () -> new GraphBuilder(data, Fixtures.ONTOLOGY).build());
        assertEquals(1, e.errors().size(), e::getMessage);
        assertEquals("value", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("not a number"), e::getMessage);
    }

    @Test
    void aTreatyStatusOutsideItsSchemeIsReported() throws IOException {
        Path data = fixture(SECTIONS.replace("status: signatory", "status: ratified"));
        DataException e = assertThrows(DataException.class, () -> new GraphBuilder(data, Fixtures.ONTOLOGY).build());
        assertEquals("status", e.errors().get(0).field(), e::getMessage);
    }
}
