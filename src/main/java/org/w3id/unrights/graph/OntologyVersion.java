package org.w3id.unrights.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unrights.vocab.Ids;

/**
 * The ontology version. Its one source is the pom property {@code ontology.version}, which Maven writes into a
 * resource at build time. The files of {@code ontology/} do not carry it: {@link #stamp} writes it into each
 * ontology header as the files are loaded, so every published form (graph/ontology, the dumps, /ontology) says
 * the same version and no source file is rewritten when it changes.
 */
public final class OntologyVersion {
    private static final String RESOURCE = "version.properties";
    private static final String CURRENT = read();

    private OntologyVersion() {}

    /** The version, such as {@code 0.1.0}. */
    public static String current() {
        return CURRENT;
    }

    /** Every ontology of ours in {@code graph} says which version it is: {@code owl:versionInfo} and {@code owl:versionIRI}. */
    public static void stamp(Graph graph) {
        List<Node> ontologies = graph.find(Node.ANY, RDF.Nodes.type, OWL.Ontology.asNode()).mapWith(t -> t.getSubject())
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(Ids.BASE)).toList();
        for (Node ontology : ontologies) {
            graph.remove(ontology, OWL.versionInfo.asNode(), Node.ANY);
            graph.remove(ontology, OWL.versionIRI.asNode(), Node.ANY);
            graph.add(ontology, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(CURRENT));
            graph.add(ontology, OWL.versionIRI.asNode(), versionIri(ontology));
        }
    }

    /** The IRI of this version of an ontology: {@code {ontology IRI}/{version}}. */
    public static Node versionIri(Node ontology) {
        return NodeFactory.createURI(ontology.getURI() + "/" + CURRENT);
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = OntologyVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + ": build with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        if (!version.matches("[0-9]+\\.[0-9]+\\.[0-9]+")) {
            throw new IllegalStateException("the ontology version '" + version
                    + "' is not of the form MAJOR.MINOR.PATCH: set the pom property ontology.version and build with Maven");
        }
        return version;
    }
}
