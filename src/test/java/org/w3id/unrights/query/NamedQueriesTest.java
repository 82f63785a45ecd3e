package org.w3id.unrights.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.unrights.Fixtures;

/**
 * Every named query in {@code queries/} runs against the shipped graph and returns exactly its expected
 * result ({@code NAME.expected.csv}), an answer checked against what the sources say.
 */
class NamedQueriesTest {
    static Stream<NamedQuery> queries() {
        return new NamedQueries(Fixtures.QUERIES).all().stream();
    }

    @Test
    void thereAreNamedQueries() {
        assertTrue(queries().count() >= 5, "at least five named queries");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsExpected(NamedQuery named) throws IOException {
        assertFalse(named.title().equals(named.name()), named.name() + " has no '# title:' header");
        assertFalse(named.question().isEmpty(), named.name() + " has no '# question:' header");
        assertTrue(Files.exists(named.expectedResult()), "missing " + named.expectedResult());
        Query query = QueryFactory.create(named.text());

        String actual = new QueryRunner(Fixtures.shippedGraph()).selectAsCsv(named.text());
        String expected = Files.readString(named.expectedResult());

        List<String> actualRows = rows(actual, query.hasOrderBy());
        List<String> expectedRows = rows(expected, query.hasOrderBy());
        assertTrue(expectedRows.size() > 1, named.name() + ": an expected result needs at least one row");
        assertEquals(String.join("\n", expectedRows), String.join("\n", actualRows), named.name());
    }

    /** CSV lines without line-ending differences; the body sorted unless the query fixes the order. */
    private static List<String> rows(String csv, boolean ordered) {
        List<String> lines = new ArrayList<>(Arrays.asList(csv.replace("\r\n", "\n").strip().split("\n")));
        if (!ordered && lines.size() > 1) {
            List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
            body.sort(null);
            lines = new ArrayList<>(List.of(lines.get(0)));
            lines.addAll(body);
        }
        return lines;
    }
}
