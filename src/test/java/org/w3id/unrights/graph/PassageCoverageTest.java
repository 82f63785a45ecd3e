package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Prefixes;

/**
 * Every passage of every article is cited by at least one of its facts, and no fact cites a passage the article
 * does not have: the source says how many body paragraphs and end notes it has ({@code unr:paragraphCount},
 * {@code unr:noteCount}), and the locators of the facts in its graph ("para 3-4", "para 1, note 5") must name
 * each of them and nothing beyond. A paragraph left out of the graph, or a locator with a typo, fails here.
 */
class PassageCoverageTest {
    private static final Pattern PASSAGE = Pattern.compile("\\b(para|note) (\\d+)(?:-(\\d+))?");

    private record Source(String iri, int paragraphs, int notes) {}

    private static List<Source> sources(RightsGraph graph) {
        List<Source> found = new ArrayList<>();
        new QueryRunner(graph).select(Prefixes.sparqlPrologue() + """
                SELECT ?source ?paragraphs ?notes WHERE {
                  ?source a unr:Source ; unr:paragraphCount ?paragraphs .
                  OPTIONAL { ?source unr:noteCount ?notes }
                } ORDER BY ?source""", rs -> rs.forEachRemaining(row -> found.add(new Source(
                row.getResource("source").getURI(), row.getLiteral("paragraphs").getInt(),
                row.contains("notes") ? row.getLiteral("notes").getInt() : 0))));
        return found;
    }

    /** Cited passages of one source, "para" and "note" each to the numbers cited. */
    private static Map<String, TreeSet<Integer>> cited(RightsGraph graph, String source) {
        Map<String, TreeSet<Integer>> cited = new TreeMap<>(Map.of("para", new TreeSet<>(), "note", new TreeSet<>()));
        new QueryRunner(graph).select(Prefixes.sparqlPrologue() + "SELECT DISTINCT ?locator WHERE { GRAPH ?g { ?fact prov:wasDerivedFrom <"
                + source + "> ; unr:locator ?locator } }", rs -> rs.forEachRemaining(row -> {
                    Matcher m = PASSAGE.matcher(row.getLiteral("locator").getLexicalForm());
                    while (m.find()) {
                        int from = Integer.parseInt(m.group(2));
                        int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
                        for (int n = from; n <= to; n++) {
                            cited.get(m.group(1)).add(n);
                        }
                    }
                }));
        return cited;
    }

    private static TreeSet<Integer> oneTo(int n) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            all.add(i);
        }
        return all;
    }

    @Test
    void everyPassageOfEveryArticleIsCitedAndNoLocatorPointsPastTheEnd() {
        RightsGraph graph = Fixtures.curatedGraph();
        List<Source> sources = sources(graph);
        assertEquals(5, sources.size(), "each of the five articles says how many paragraphs it has: " + sources);
        for (Source source : sources) {
            Map<String, TreeSet<Integer>> cited = cited(graph, source.iri());
            assertEquals(oneTo(source.paragraphs()), cited.get("para"), source.iri() + ": paragraphs cited");
            assertEquals(oneTo(source.notes()), cited.get("note"), source.iri() + ": notes cited");
        }
    }
}
