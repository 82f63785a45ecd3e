package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.graph.OntologyVersion;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * The w3id redirects of {@code w3id/un-rights/.htaccess}, held to the server: every rule is applied to its
 * examples, and each target path must answer 200 on a running server; every kind of IRI the project mints
 * must be matched by a rule.
 */
class W3idRulesTest extends ServingShippedGraph {

    /** This class reads the dumps: they are written once, for every class that shares the publication. */
    @BeforeAll
    static void dumpsWritten() {
        publication.dumps().awaitWritten();
    }
    private static final Path RULES = Path.of("w3id/un-rights/.htaccess");
    private static final String HOST = "https://un-rights.example.org";
    private static final Pattern RULE = Pattern.compile("^RewriteRule\\s+(\\S+)\\s+(\\S+)\\s+\\[([^]]*)]$");

    record Rule(Pattern pattern, String target, String flags, List<String> examples) {}

    static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (String line : Files.readAllLines(RULES)) {
            if (line.startsWith("# example: ")) {
                String example = line.substring("# example: ".length()).trim();
                examples.add(example.equals("-") ? "" : example
                        .replace("{ontology.version}", OntologyVersion.current())
                        .replace("{data.version}", Release.current().version()));
            } else if (line.startsWith("RewriteRule")) {
                Matcher m = RULE.matcher(line);
                assertTrue(m.matches(), "a rule of the form RewriteRule PATTERN TARGET [FLAGS]: " + line);
                rules.add(new Rule(Pattern.compile(m.group(1)), m.group(2), m.group(3), List.copyOf(examples)));
                examples.clear();
            }
        }
        return rules;
    }

    @Test
    void everyRuleLeadsToAPathTheServerAnswers() throws IOException {
        List<Rule> rules = rules();
        assertTrue(rules.size() >= 8, "the rules were read: " + rules.size());
        for (Rule rule : rules) {
            assertFalse(rule.examples().isEmpty(), "rule " + rule.pattern() + " has an example");
            assertTrue(rule.flags().contains("R=3") && rule.flags().contains("L"), "a redirect, last: " + rule.flags());
            assertTrue(rule.target().startsWith(HOST + "/"), "the deployment host: " + rule.target());
            for (String example : rule.examples()) {
                Matcher m = rule.pattern().matcher(example);
                assertTrue(m.matches(), rule.pattern() + " matches its example " + example);
                String path = m.replaceFirst(rule.target().replace("\\", "\\\\")).substring(HOST.length());
                int status = http.get(path, "Accept", "text/turtle,text/html;q=0.9,*/*;q=0.5").statusCode();
                assertEquals(200, status, example + " -> " + path);
            }
        }
    }

    @Test
    void everyKindOfIriTheProjectMintsIsRedirected() throws IOException {
        List<Rule> rules = rules();
        List<String> minted = List.of(Ids.ID + "state/prk", Ids.VOCAB + "stance/rejects", Ids.GRAPH + "reference",
                Unr.ONTOLOGY_IRI, Unr.ONTOLOGY_IRI + "/" + OntologyVersion.current(), Ids.DATASET.getURI(),
                Ids.DUMPS + "void.ttl", Ids.SPARQL);
        for (String iri : minted) {
            assertTrue(iri.startsWith(Ids.BASE), iri);
            String path = iri.substring(Ids.BASE.length());
            assertTrue(rules.stream().anyMatch(r -> r.pattern().matcher(path).matches()), "a rule redirects " + iri);
        }
    }
}
