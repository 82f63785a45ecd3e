package org.w3id.unrights.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.ontology.CanonicalTurtle;
import org.w3id.unrights.vocab.Ids;

/**
 * The ontology for people and for programs, made once from the graph's ontology graph (the ontology and its
 * concept schemes): the HTML reference and the canonical Turtle. Served at {@code /ontology}, written by export.
 */
public final class OntologyDocs {
    /** File names in the export folder, fixed so that links to them stay stable. */
    public static final String HTML_FILE = "ontology.html";
    public static final String TURTLE_FILE = "ontology.ttl";

    private static final List<String> TURTLE_HEADER = List.of(
            "# The UN Rights Graph ontology with its concept schemes: ontology/un-rights.ttl, vocabularies.ttl and",
            "# themes.ttl in one graph. The reference for people is the same address in a browser.");

    private final String html;
    private final String turtle;

    private OntologyDocs(Graph ontology) {
        this.html = Site.render(OntologyPage.view(ontology));
        this.turtle = CanonicalTurtle.write(ontology, TURTLE_HEADER, ontology.getPrefixMapping());
    }

    public static OntologyDocs of(RightsGraph graph) {
        Graph ontology = GraphFactory.createDefaultGraph();
        Txn.executeRead(graph.dataset(), () -> graph.dataset().getGraph(Ids.ONTOLOGY_GRAPH).find().forEachRemaining(ontology::add));
        return new OntologyDocs(ontology);
    }

    public String html() {
        return html;
    }

    public String turtle() {
        return turtle;
    }

    /** Writes {@link #HTML_FILE} and {@link #TURTLE_FILE} into {@code dir}. */
    public List<Path> write(Path dir) {
        Path htmlFile = dir.resolve(HTML_FILE);
        Path turtleFile = dir.resolve(TURTLE_FILE);
        try {
            Files.createDirectories(dir);
            Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
            Files.writeString(turtleFile, turtle, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ontology reference to " + dir, e);
        }
        return List.of(htmlFile, turtleFile);
    }
}
