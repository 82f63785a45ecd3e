package org.w3id.unrights.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Validation;
import org.w3id.unrights.load.CuratedDataLoader;
import org.w3id.unrights.load.FieldMap;
import org.w3id.unrights.load.FieldTables;
import org.w3id.unrights.ontology.OntologyChecks;
import org.w3id.unrights.query.QueryRunner;

/**
 * docs/EXTENDING.md cannot drift from the code: each snippet of its worked example is still in the file its
 * code block names (Turtle by its triples, Java and YAML by their text), the example's fact loads from the
 * fixture and passes the shapes and the checks, and its query gives the answer the guide shows.
 */
class ExtendingGuideTest {
    static final Path GUIDE = Path.of("docs/EXTENDING.md");
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/extending");
    static final Path FIELD_FIXTURE = Path.of("src/test/resources/fixtures/extending-field");
    static final Path KIND_FIXTURE = Path.of("src/test/resources/fixtures/extending-kind");

    @TempDir
    Path dir;
    /** A fenced block: its language, the file it belongs to if named, its text. */
    static final Pattern BLOCK = Pattern.compile("(?m)^```(\\w+)(?: (\\S+))?\\n(.*?)\\n```$", Pattern.DOTALL);

    record Block(String language, Path file, String text) {}

    static String guide;
    static List<Block> blocks;

    @BeforeAll
    static void read() throws IOException {
        guide = Files.readString(GUIDE);
        blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(guide);
        while (m.find()) {
            blocks.add(new Block(m.group(1), m.group(2) == null ? null : Path.of(m.group(2)), m.group(3)));
        }
    }

    @Test
    void everyTurtleSnippetIsInTheFileItNames() throws IOException {
        List<Block> turtle = of("turtle");
        assertEquals(4, turtle.size(), "the class, its kind, the property and its shape");
        for (Block block : turtle) {
            String file = Files.readString(block.file());
            String prefixes = file.lines().filter(l -> l.startsWith("@prefix")).collect(Collectors.joining("\n"));
            Graph snippet = parse(prefixes + "\n" + block.text());
            assertTrue(snippet.size() > 0);
            assertTrue(contains(parse(file), snippet), block.file() + " no longer says:\n" + block.text());
        }
    }

    @Test
    void noRecipeShowsJava() {
        assertEquals(List.of(), of("java"), "no recipe needs Java: a field is a property shape, a kind a node shape");
    }

    @Test
    void everyYamlSnippetIsInTheFixtureItNames() throws IOException {
        List<Block> yaml = of("yaml");
        assertEquals(4, yaml.size(), "the mechanism and the fact; the field recipe's item; the kind recipe's item");
        for (Block block : yaml) {
            assertTrue(block.file().startsWith(FIXTURE) || block.file().startsWith(FIELD_FIXTURE) || block.file().startsWith(KIND_FIXTURE),
                    block.file() + " is not in an example's fixture");
            assertTrue(Files.readString(block.file()).contains(block.text()), block.file() + " no longer has:\n" + block.text());
        }
    }

    @Test
    void theExampleLoadsPassesTheShapesAndChecksAndTheQueryAnswersAsShown() {
        RightsGraph graph = new GraphBuilder(FIXTURE, Fixtures.ONTOLOGY).build();
        assertEquals(List.of(), Validation.check(graph));
        assertEquals(List.of(), new OntologyChecks(Fixtures.CHECKS).run(OntologyChecks.dataset(graph)));

        String answer = new QueryRunner(graph).selectAsCsv(of("sparql").get(0).text());

        assertEquals(of("csv").get(0).text().strip(), answer.replace("\r\n", "\n").strip());
    }

    /**
     * The field recipe touches only the shape, the data and the generated table: with its property shape
     * added to a copy of the shapes, the fixture loads, the review carries the place, the shapes pass and the
     * generated table has the row the guide shows; without it, the field is unknown.
     */
    @Test
    void theFieldRecipeNeedsOnlyTheShapeTheDataAndTheTable() throws IOException {
        DataException unknown = assertThrows(DataException.class, () -> new GraphBuilder(FIELD_FIXTURE, Fixtures.ONTOLOGY).build());
        assertTrue(unknown.getMessage().contains("field 'place': unknown field"), unknown::getMessage);

        Path ontology = Fixtures.copy(Fixtures.ONTOLOGY, dir.resolve("ontology"));
        Path shapes = ontology.resolve("shapes.ttl");
        Files.writeString(shapes, Files.readString(shapes) + "\n" + of("shacl").get(0).text() + "\n");
        RightsGraph graph = new GraphBuilder(FIELD_FIXTURE, ontology).build();

        Node review = NodeFactory.createURI("https://w3id.org/un-rights/id/review/prk-fixture-review");
        Node place = NodeFactory.createURI("https://w3id.org/un-rights/ontology#place");
        assertTrue(graph.dataset().contains(Node.ANY, review, place, NodeFactory.createLiteralString("Geneva")));
        assertEquals(List.of(), Validation.check(graph));

        Problems problems = new Problems();
        Graph shapeGraph = OntologyFiles.shapes(ontology, problems);
        Graph ontologyGraph = OntologyFiles.ontology(ontology, problems);
        FieldTables tables = new FieldTables(new FieldMap(shapeGraph, ontologyGraph), new CuratedDataLoader(ontologyGraph, shapeGraph).layout());
        problems.throwIfAny();
        assertTrue(tables.properties().contains(of("markdown").get(0).text().strip() + "\n"), tables::properties);
    }

    @Test
    void theGuideNamesEveryCheck() {
        new OntologyChecks(Fixtures.CHECKS).checks().forEach(check ->
                assertTrue(guide.contains("`" + check.name() + "`"), "docs/EXTENDING.md does not mention the check " + check.name()));
    }

    private static List<Block> of(String language) {
        return blocks.stream().filter(b -> b.language().equals(language)).toList();
    }

    private static Graph parse(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }

    /** Whether {@code graph} holds every triple of {@code snippet}, any blank node of it matching any node. */
    private static boolean contains(Graph graph, Graph snippet) {
        Map<Node, Var> variables = new HashMap<>();
        BasicPattern pattern = new BasicPattern();
        for (Triple t : snippet.find().toList()) {
            pattern.add(Triple.create(variable(t.getSubject(), variables), t.getPredicate(), variable(t.getObject(), variables)));
        }
        Query ask = QueryFactory.make();
        ask.setQueryAskType();
        ask.setQueryPattern(new ElementTriplesBlock(pattern));
        try (QueryExecution exec = QueryExecution.create().query(ask).dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(graph))).build()) {
            return exec.execAsk();
        }
    }

    private static Node variable(Node node, Map<Node, Var> variables) {
        return node.isBlank() ? variables.computeIfAbsent(node, n -> Var.alloc("b" + variables.size())) : node;
    }
}
