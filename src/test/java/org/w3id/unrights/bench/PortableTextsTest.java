package org.w3id.unrights.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;

/**
 * The comparison harness sends a stock engine, in place of a text that calls one of our functions, the same question
 * over the ballots ({@code src/test/resources/bench/portable/}); the two engines' figures compare only if both texts
 * give the same rows. Each portable text is run here beside the named query or shape of its name, on the shipped
 * graph, and their rows compared, numbers to four places.
 */
class PortableTextsTest {
    private static final Path PORTABLE = Path.of("src/test/resources/bench/portable");
    private static final List<Path> ORIGINALS = List.of(Path.of("queries"), Path.of("src/test/resources/bench/shapes"));

    @TestFactory
    Stream<DynamicTest> eachPortableTextGivesTheRowsOfTheTextItStandsFor() throws IOException {
        List<Path> portable;
        try (Stream<Path> files = Files.list(PORTABLE)) {
            portable = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(portable.isEmpty(), "no portable texts in " + PORTABLE);
        return portable.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Path original = ORIGINALS.stream().map(dir -> dir.resolve(file.getFileName())).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new AssertionError(file + " stands for no named query or shape of its name"));
            String ours = Files.readString(original);
            assertTrue(ours.contains("unrf:"), original + " calls none of our functions: it needs no portable text");
            QueryRunner runner = new QueryRunner(Fixtures.shippedGraph());
            List<String> expected = rows(runner, ours);
            assertFalse(expected.isEmpty(), original + " gives no rows");
            assertEquals(expected, rows(runner, Files.readString(file)), file + " against " + original);
        }));
    }

    /** Each row as its values in column order, numbers to four places, the rows sorted. */
    private static List<String> rows(QueryRunner runner, String query) {
        List<String> rows = new ArrayList<>();
        runner.select(query, results -> results.forEachRemaining(row -> rows.add(row(results.getResultVars(), row))));
        rows.sort(null);
        return rows;
    }

    private static String row(List<String> columns, QuerySolution row) {
        StringBuilder text = new StringBuilder();
        for (String column : columns) {
            text.append(value(row.get(column))).append('\t');
        }
        return text.toString();
    }

    private static String value(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral() && node.asLiteral().getValue() instanceof Number) {
            Literal literal = node.asLiteral();
            return new BigDecimal(literal.getLexicalForm()).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
        }
        return node.toString();
    }
}
