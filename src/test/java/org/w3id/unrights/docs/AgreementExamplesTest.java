package org.w3id.unrights.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;

/**
 * The SPARQL of docs/QUERYING.md's section on voting agreement: every whole query parses, and the documented
 * unrf:agreement question and the documented join over the ballots give the same counts on the shipped record.
 */
class AgreementExamplesTest {
    @Test
    void theDocumentedFunctionAndTheDocumentedJoinAgree() throws IOException {
        Matcher blocks = Pattern.compile("(?ms)^```sparql\\n(.*?)^```").matcher(Files.readString(Path.of("docs/QUERYING.md")));
        List<String> queries = new ArrayList<>();
        while (blocks.find()) {
            String block = blocks.group(1);
            if (block.startsWith("PREFIX") || block.startsWith("SELECT")) {
                QueryFactory.create(block);
                queries.add(block);
            }
        }
        String function = queries.stream().filter(q -> q.contains("state:usa state:isr")).findFirst().orElseThrow();
        String join = queries.stream().filter(q -> q.contains("GROUP BY ?state") && q.contains("state:usa")).findFirst().orElseThrow();
        QueryRunner runner = new QueryRunner(Fixtures.shippedGraph());
        TreeMap<String, String> byJoin = new TreeMap<>();
        runner.select(join, rows -> rows.forEachRemaining(r -> byJoin.put(r.getResource("state").getURI(),
                r.getLiteral("shared").getLong() + " " + r.getLiteral("same").getLong())));
        String israelByJoin = byJoin.get("https://w3id.org/un-rights/id/state/isr");
        assertTrue(israelByJoin != null && !israelByJoin.startsWith("0 "), byJoin.toString());
        String[] byFunction = {null};
        runner.select(function, rows -> {
            var row = rows.next();
            byFunction[0] = row.getLiteral("shared").getLong() + " " + row.getLiteral("same").getLong();
        });
        assertEquals(israelByJoin, byFunction[0]);
    }
}
