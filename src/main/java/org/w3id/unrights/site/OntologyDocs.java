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
import org.w3id.unrights.export.OntologyDump;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;

/**
 * The ontology for people and for programs, made once from the graph's ontology graph (the ontology and its
 * concept schemes): the HTML reference, and the published Turtle ({@link OntologyDump}). Served at
 * {@code /ontology}; the export writes the page beside the dumps.
 */
public final class OntologyDocs {
    /** File name in the export folder, fixed so that links to it stay stable. */
    public static final String HTML_FILE = "ontology.html";

    private final String html;
    private final String turtle;

    private OntologyDocs(Graph ontology) {
        this.html = Site.render(OntologyPage.view(ontology));
        this.turtle = OntologyDump.turtle(ontology);
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

    /**
     * Writes {@link #HTML_FILE} into {@code dir}. The Turtle is not written here: it is the dump
     * {@code un-rights-ontology.ttl} the exporter writes, byte for byte what {@link #turtle()} gives.
     */
    public List<Path> write(Path dir) {
        Path htmlFile = dir.resolve(HTML_FILE);
        try {
            Files.createDirectories(dir);
            Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ontology reference to " + dir, e);
        }
        return List.of(htmlFile);
    }
}
