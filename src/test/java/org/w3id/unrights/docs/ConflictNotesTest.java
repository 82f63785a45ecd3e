package org.w3id.unrights.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;

/**
 * docs/ONTOLOGY.md lists every claim the data marks with a conflict note ({@code unr:conflictNote}): the list is
 * generated from the curated graphs and must equal what they hold now. Rewrite it with
 * {@code mvn test -Dtest=ConflictNotesTest -Ddocs.update=true}.
 */
class ConflictNotesTest {
    private static final String QUERY = """
            PREFIX unr:  <https://w3id.org/un-rights/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?fact ?source ?locator ?note WHERE {
              GRAPH ?g { ?fact unr:conflictNote ?note ; prov:wasDerivedFrom ?source . OPTIONAL { ?fact unr:locator ?locator } }
            } ORDER BY ?fact ?source""";

    @Test
    void theListOfMarkedClaimsIsTheOneTheDataGives() throws IOException {
        DatasetGraph dataset = Fixtures.curatedGraph().dataset();
        List<String> rows = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(QUERY).build()) {
                exec.execSelect().forEachRemaining(row -> rows.add(row(row)));
            }
        });
        assertFalse(rows.isEmpty(), "the shipped data marks at least the claim of Council resolutions since 2004");
        String table = "| fact | source, passage | our note |\n|---|---|---|\n" + String.join("", rows);
        FieldTablesTest.check(Path.of("docs/ONTOLOGY.md"), "conflict-notes", "data/", "ConflictNotesTest", table);
    }

    private static String row(QuerySolution row) {
        String source = row.getResource("source").getURI();
        return "| `" + row.getResource("fact").getURI().replace("https://w3id.org/un-rights/", "") + "` | `"
                + source.substring(source.lastIndexOf('/') + 1) + "`"
                + (row.contains("locator") ? ", " + row.getLiteral("locator").getLexicalForm() : "") + " | "
                + row.getLiteral("note").getLexicalForm().replace("|", "\\|") + " |\n";
    }
}
