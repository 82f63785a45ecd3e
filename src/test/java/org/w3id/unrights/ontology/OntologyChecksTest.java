package org.w3id.unrights.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.NamedQuery;

/**
 * The quality checks of {@code ontology/checks/} find nothing in the shipped ontology, shapes and data; and
 * each one fires on its broken fixture, {@code fixtures/checks/{check}.trig}, naming the term the fixture
 * breaks (each of its {@code # expect:} lines). A check without a fixture fails here, so none can be added untested.
 */
class OntologyChecksTest {
    static final OntologyChecks CHECKS = new OntologyChecks(Fixtures.CHECKS);
    static final Path BROKEN = Path.of("src/test/resources/fixtures/checks");
    static final Pattern EXPECT = Pattern.compile("(?m)^#\\s*expect:\\s*(\\S+)\\s*$");

    static Stream<NamedQuery> checks() {
        return CHECKS.checks().stream();
    }

    @Test
    void thereAreChecks() {
        assertTrue(CHECKS.checks().size() >= 10, "the checks of ontology/checks");
    }

    @Test
    void theShippedOntologyShapesAndDataPassEveryCheck() {
        List<OntologyChecks.Finding> findings = CHECKS.run(OntologyChecks.dataset(Fixtures.shippedGraph()));
        assertEquals(List.of(), findings.stream().map(Object::toString).toList());
    }

    @Test
    void theMinimalFixturePassesEveryCheck() {
        List<OntologyChecks.Finding> findings = CHECKS.run(OntologyChecks.dataset(Fixtures.minimalGraph()));
        assertEquals(List.of(), findings.stream().map(Object::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void firesOnItsBrokenFixture(NamedQuery check) throws IOException {
        Path fixture = BROKEN.resolve(check.name() + ".trig");
        assertTrue(Files.exists(fixture), "every check needs a broken fixture: missing " + fixture);
        String text = Files.readString(fixture);
        List<String> expected = EXPECT.matcher(text).results().map(m -> m.group(1)).toList();
        assertTrue(!expected.isEmpty(), fixture + " needs a line '# expect: TERM' naming a term the check must report");

        DatasetGraph dataset = OntologyChecks.dataset(Fixtures.minimalGraph());
        Txn.executeWrite(dataset, () -> RDFParser.fromString(text, Lang.TRIG).parse(dataset));
        List<OntologyChecks.Finding> findings = OntologyChecks.run(check, dataset);

        List<String> reported = findings.stream().map(OntologyChecks.Finding::term).toList();
        for (String term : expected) {
            assertTrue(reported.contains(term), check.name() + " should report " + term + ", found " + findings);
        }
    }
}
