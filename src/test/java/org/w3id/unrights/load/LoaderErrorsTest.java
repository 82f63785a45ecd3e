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
        reference/states.yaml      | 'm49: "392"'                  | 'm49: "39"'                     | m49         | must be three digits
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
        String link = "    unr:kindConcept mechanism-kind:periodic-review ;\n";
        assertTrue(text.contains(link), "the ontology ties unr:PeriodicReview to its kind");
        Files.writeString(owl, text.replace(link, ""));

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
}
