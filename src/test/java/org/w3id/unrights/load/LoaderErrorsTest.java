package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataError;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.graph.GraphBuilder;

/**
 * Each case breaks one line of the valid fixture and checks that the load fails with a message naming
 * that file, that line and that field, and nothing else.
 */
class LoaderErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        reference/states.yaml      | 'alpha3: JPN'                 | 'alpha3: JPX'                   | alpha3      | does not match the key
        reference/states.yaml      | 'm49: "392"'                  | 'm49: "39"'                     | m49         | of three digits
        reference/states.yaml      | 'wikidata: Q423'              | 'wikidata: 423'                 | wikidata    | not a Wikidata item ID
        reference/bodies.yaml      | 'parent: united-nations'      | 'parent: united-nation'         | parent      | no body with key 'united-nation'
        reference/bodies.yaml      | 'kind: publisher'             | 'kind: printer'                 | kind        | not a concept of the body-kind scheme
        reference/mechanisms.yaml  | 'kind: periodic-review'       | 'kind: periodic-chat'           | kind        | not a concept of the mechanism-kind scheme
        sources/fixture-source.yaml| 'published: "2019-11"'        | 'published: "2019-13"'          | published   | is not a date
        sources/fixture-source.yaml| 'holder: fixture-rapporteur'  | 'holder: nobody-known'          | holder      | not the key of a state, body or person
        sources/fixture-source.yaml| 'actor: prk'                  | 'actor: xyz'                    | actor       | not the key of a state, body or person
        sources/fixture-source.yaml| 'stance: rejects'             | 'stance: dislikes'              | stance      | not a concept of the stance scheme
        sources/fixture-source.yaml| 'abstain: 55'                 | 'abstain: -5'                   | abstain     | must not be negative
        sources/fixture-source.yaml| 'session: 74'                 | 'session: seventy-four'         | session     | not a whole number
        sources/fixture-source.yaml| 'toward: mechanism:fixture-sr'| 'toward: fixture-sr'            | toward      | must be written kind:key
        sources/fixture-source.yaml| 'event: fixture-press-conference' | 'event: no-such-event'      | event       | no event with key 'no-such-event'
        sources/fixture-source.yaml| 'reportedBy: fixture-rapporteur' | 'reportedby: fixture-rapporteur' | reportedby | unknown field
        sources/fixture-source.yaml| 'key: fixture-statement-2'    | 'key: fixture-statement'        | key         | duplicate statement key
        sources/fixture-source.yaml| 'certainty: hedged'           | 'certainty: sure'               | certainty   | not a concept of the certainty scheme
        sources/fixture-source.yaml| 'claimedBy: fixture-rapporteur' | 'claimedBy: nobody-known'     | claimedBy   | not the key of a state, body or person
        sources/fixture-source.yaml| 'inferred: [from]'            | 'inferred: [form]'              | inferred    | 'form' is not a field this item gives
        sources/fixture-source.yaml| 'incomplete: [sponsors]'      | 'incomplete: [coSponsors]'      | incomplete  | 'coSponsors' is not a field this item gives
        sources/fixture-source.yaml| 'sourceWording: since the mandate began' | 'sourceWording: [a, b]' | sourceWording | must be a single value
        """)
    void aBrokenFieldIsReportedWithFileLineAndField(String file, String good, String bad, String field, String message)
            throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir);
        Path broken = data.resolve(file);
        String text = Files.readString(broken);
        int at = text.lastIndexOf(good);
        assertTrue(at >= 0, "fixture has no line " + good);
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(broken, text.substring(0, at) + bad + text.substring(at + good.length()));

        DataException e = assertThrows(DataException.class, () -> new GraphBuilder(data, Fixtures.ONTOLOGY).build());

        List<DataError> errors = e.errors();
        assertEquals(1, errors.size(), () -> "expected exactly one error, got " + e.getMessage());
        DataError error = errors.get(0);
        assertEquals(broken, error.location().file());
        assertEquals(line, error.location().line(), e::getMessage);
        assertEquals(field, error.field(), e::getMessage);
        assertTrue(error.message().contains(message), e::getMessage);
    }

    /** A kind of mechanism whose class the ontology does not name cannot be loaded: no untyped mechanism. */
    @Test
    void aKindWithoutItsClassIsReported() throws IOException {
        Path ontology = Fixtures.copy(Fixtures.ONTOLOGY, dir.resolve("ontology"));
        Path owl = ontology.resolve("un-rights.ttl");
        String text = Files.readString(owl);
        String link = "unr:kindConcept mechanism-kind:periodic-review";
        assertTrue(text.contains(link), "the ontology ties unr:PeriodicReview to its kind");
        // The tie becomes a plain reference, whatever the layout around it.
        Files.writeString(owl, text.replace(link, "rdfs:seeAlso mechanism-kind:periodic-review"));

        DataException e = assertThrows(DataException.class, () -> new GraphBuilder(Fixtures.MINIMAL, ontology).build());

        assertEquals(1, e.errors().size(), e::getMessage);
        assertEquals("kind", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("no class of the ontology has unr:kindConcept"), e::getMessage);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        sources/fixture-source.yaml | '  - key: fixture-statement' | '  - key: [fixture-statement'
        reference/persons.yaml      | 'persons:'                   | 'persons: ['
        """)
    void malformedYamlNamesFileAndLine(String file, String good, String bad) throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir);
        Path broken = data.resolve(file);
        Files.writeString(broken, Files.readString(broken).replace(good, bad));

        DataException e = assertThrows(DataException.class, () -> new GraphBuilder(data, Fixtures.ONTOLOGY).build());

        assertTrue(e.errors().stream().allMatch(err -> err.location().file().equals(broken)), e::getMessage);
        assertTrue(e.getMessage().contains("not valid YAML"), e::getMessage);
        assertTrue(e.errors().get(0).location().line() > 1, e::getMessage);
    }

    /** Every fact item says how sure its source is: no silent default. */
    @Test
    void aFactWithoutCertaintyIsReportedAtItsItem() throws IOException {
        DataError error = onlyError("    locator: para 6\n    certainty: attributed\n", "    locator: para 6\n");
        assertEquals("certainty", error.field());
        assertTrue(error.message().contains("is required"), error::toString);
        assertEquals(lineOf("  - key: fixture-statement-2"), error.location().line());
    }

    @Test
    void anInferenceWithoutItsNoteIsReported() throws IOException {
        DataError error = onlyError("    inferenceNote: The paragraph dates the refusal only by the mandate it is aimed at.\n", "");
        assertEquals("inferenceNote", error.field());
        assertTrue(error.message().contains("required when inferred is given"), error::toString);
    }

    @Test
    void aNoteWithoutAnInferenceIsReported() throws IOException {
        DataError error = onlyError("    inferred: [from]\n", "");
        assertEquals("inferenceNote", error.field());
        assertTrue(error.message().contains("allowed only with inferred"), error::toString);
    }

    /** What was only expected gets no date of what happened: the loader points at the date. */
    @Test
    void anExpectedFactWithTheDateOfAnEventIsReportedAtTheDate() throws IOException {
        DataError error = onlyError("    place: New York\n    locator: para 4\n    certainty: stated\n",
                "    place: New York\n    locator: para 4\n    certainty: expected\n");
        assertEquals("date", error.field());
        assertTrue(error.message().contains("expectedDate"), error::toString);
        assertEquals(lineOf("    date: \"2019-10-23\""), error.location().line());
    }

    private DataError onlyError(String good, String bad) throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir);
        Path file = data.resolve("sources/fixture-source.yaml");
        String text = Files.readString(file);
        assertEquals(1, text.split(java.util.regex.Pattern.quote(good), -1).length - 1, "fixture has exactly one " + good);
        Files.writeString(file, text.replace(good, bad));
        DataException e = assertThrows(DataException.class, () -> new GraphBuilder(data, Fixtures.ONTOLOGY).build());
        assertEquals(1, e.errors().size(), e::getMessage);
        assertEquals(file, e.errors().get(0).location().file());
        return e.errors().get(0);
    }

    private static int lineOf(String text) throws IOException {
        String fixture = Files.readString(Fixtures.MINIMAL.resolve("sources/fixture-source.yaml"));
        int at = fixture.indexOf(text);
        assertTrue(at >= 0, "fixture has no line " + text);
        return (int) fixture.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
