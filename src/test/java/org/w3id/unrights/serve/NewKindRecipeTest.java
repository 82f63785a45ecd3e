package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.graph.Validation;
import org.w3id.unrights.load.CuratedDataLoader;
import org.w3id.unrights.load.FieldMap;
import org.w3id.unrights.load.FieldTables;
import org.w3id.unrights.load.KindMap;
import org.w3id.unrights.ontology.OntologyChecks;
import org.w3id.unrights.ontology.OntologyTables;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.publish.Publisher;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * docs/EXTENDING.md's recipe for a new kind of fact, followed on a copy of the ontology with no Java: its two
 * Turtle blocks appended to the files they name, the fixture's new section is loaded and valid, the kind is
 * counted on the landing page and listed at {@code /id/pledge/} by a real server, and the generated tables of
 * the docs have it. Without the blocks the same fixture is refused.
 */
class NewKindRecipeTest {
    static final Path GUIDE = Path.of("docs/EXTENDING.md");
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/extending-kind");
    static final Pattern TTL_BLOCK = Pattern.compile("(?m)^```ttl (\\S+)\\n(.*?)\\n```$", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void withoutTheRecipeTheSectionIsUnknown() {
        DataException unknown = assertThrows(DataException.class, () -> new GraphBuilder(FIXTURE, Fixtures.ONTOLOGY).curated());
        assertTrue(unknown.getMessage().contains("field 'pledges': unknown field"), unknown::getMessage);
    }

    @Test
    void theRecipeAloneMakesAKindThatIsLoadedCheckedCountedListedAndDocumented() throws IOException {
        Path ontology = ontologyWithTheRecipe();
        Publication publication = Publisher.of(new GraphBuilder(FIXTURE, ontology), Progress.silent()).inMemory()
                .orElseThrow(() -> new AssertionError("the fixture breaks the shapes"));

        Node pledge = Ids.id("pledge", "prk-fixture-pledge");
        Node type = NodeFactory.createURI(Unr.NS + "Pledge");
        assertTrue(publication.graph().dataset().contains(Ids.graph("extending-kind"), pledge, Std.rdfType, type));
        assertTrue(publication.graph().dataset().contains(Ids.graph("extending-kind"), pledge, Unr.concerns, Ids.id("state", "prk")));
        assertEquals(List.of(), Validation.check(publication.graph()));
        assertEquals(List.of(), new OntologyChecks(ontology.resolve(OntologyFiles.CHECKS)).run(OntologyChecks.dataset(publication.graph())));

        FusekiServer server = RightsServer.create(publication, ServerSettings.defaults().withPort(0)).start();
        try {
            HttpTesting http = new HttpTesting(server.getHttpPort());
            Element counted = http.page("/").select("section#kinds ul.kinds li").stream()
                    .filter(li -> li.selectFirst("a").attr("href").equals("/id/pledge/")).findFirst()
                    .orElseThrow(() -> new AssertionError("the landing page does not count the pledges"));
            assertTrue(counted.text().startsWith("Pledges"), counted::text);
            assertEquals("1", counted.selectFirst("span.muted").text());
            Document listing = http.page("/id/pledge/");
            assertEquals("1", listing.selectFirst("section.kind-listing").attr("data-total"));
            assertEquals(List.of("/id/pledge/prk-fixture-pledge"), listing.select("table.listing tbody tr td:first-child a").eachAttr("href"));
            assertEquals(200, http.get("/id/pledge/prk-fixture-pledge").statusCode());
        } finally {
            server.stop();
        }

        Problems problems = new Problems();
        Graph shapes = OntologyFiles.shapes(ontology, problems);
        Graph ontologyGraph = OntologyFiles.ontology(ontology, problems);
        problems.throwIfAny();
        String sections = new FieldTables(new FieldMap(shapes, ontologyGraph), new CuratedDataLoader(ontologyGraph, shapes).layout()).sections();
        assertTrue(sections.contains("| pledges | `unr:Pledge` | `key`, `locator`, `state`, `summary` | "), sections);
        String classes = new OntologyTables(ontologyGraph, KindMap.of(shapes)).classes();
        assertTrue(classes.contains("| `unr:Pledge` | `prov:Entity` | `id/pledge/{key}` | A commitment a state announces"), classes);
    }

    /** A copy of the ontology folder with each {@code ttl} block of the guide appended to the file it names. */
    private Path ontologyWithTheRecipe() throws IOException {
        Path ontology = Fixtures.copy(Fixtures.ONTOLOGY, dir.resolve("ontology"));
        List<String> appended = new ArrayList<>();
        Matcher block = TTL_BLOCK.matcher(Files.readString(GUIDE));
        while (block.find()) {
            Path file = ontology.resolve(Fixtures.ONTOLOGY.relativize(Path.of(block.group(1))));
            Files.writeString(file, Files.readString(file) + "\n" + block.group(2) + "\n");
            appended.add(block.group(1));
        }
        assertEquals(List.of("ontology/un-rights.ttl", "ontology/shapes.ttl"), appended, "the recipe's class and its node shape");
        return ontology;
    }
}
