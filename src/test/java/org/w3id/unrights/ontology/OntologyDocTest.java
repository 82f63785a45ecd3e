package org.w3id.unrights.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;

/**
 * The alignment table of docs/ONTOLOGY.md says what the ontology says (the class, scheme and field tables are
 * generated: FieldTablesTest).
 */
class OntologyDocTest {
    static final Path DOC = Path.of("docs/ONTOLOGY.md");
    static final Pattern TERM = Pattern.compile("`([a-z]+:[A-Za-z0-9]+)`");
    static Graph ontology;
    static String doc;

    @BeforeAll
    static void load() throws IOException {
        ontology = Fixtures.ontologyGraph();
        doc = Files.readString(DOC);
    }

    @Test
    void theAlignmentTableListsEveryAlignmentAndNoOther() {
        Set<String> documented = new TreeSet<>();
        for (List<String> row : table("## Alignments to standard vocabularies")) {
            documented.add(String.join(" ", row.get(0), row.get(1), row.get(2)).replace("`", ""));
        }
        Set<String> stated = new TreeSet<>();
        for (Alignment a : Alignment.of(ontology)) {
            stated.add(Prefixes.shortForm(a.term()) + " " + a.relation() + " " + Prefixes.shortForm(a.standard()));
        }
        assertEquals(stated, documented);
    }

    /** The body rows of the first table after {@code heading}, as trimmed cells. */
    private static List<List<String>> table(String heading) {
        int at = doc.indexOf(heading);
        assertTrue(at >= 0, "docs/ONTOLOGY.md has no section " + heading);
        List<String> lines = new ArrayList<>();
        for (String line : doc.substring(at).split("\n")) {
            if (line.startsWith("|")) {
                lines.add(line);
            } else if (!lines.isEmpty()) {
                break;
            }
        }
        // The header row and the |---| row are not data.
        return lines.subList(2, lines.size()).stream().map(OntologyDocTest::cells).toList();
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static Set<String> terms(String cell) {
        Set<String> terms = new TreeSet<>();
        Matcher m = TERM.matcher(cell);
        while (m.find()) {
            terms.add(m.group(1));
        }
        return terms;
    }
}
