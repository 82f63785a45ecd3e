package org.w3id.unrights.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The ontology version. Its one source is the pom property {@code ontology.version}, which Maven writes into a
 * resource at build time; {@link OntologyFormatter} stamps it into the files and the canonical-form test fails
 * when a file disagrees, so the version is never edited by hand in two places.
 */
public final class OntologyVersion {
    private static final String RESOURCE = "version.properties";
    private static final String CURRENT = read();

    private OntologyVersion() {}

    /** The version, such as {@code 0.1.0}. */
    public static String current() {
        return CURRENT;
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
