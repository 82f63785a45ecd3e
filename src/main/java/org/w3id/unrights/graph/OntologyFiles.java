package org.w3id.unrights.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.diagnostics.Problems;

/** The Turtle files of {@code ontology/}: the ontology and its concept schemes, and the SHACL shapes. */
public final class OntologyFiles {
    /** Files that make up the ontology graph served at graph/ontology. */
    public static final List<String> ONTOLOGY = List.of("un-rights.ttl", "vocabularies.ttl", "themes.ttl");
    public static final String SHAPES = "shapes.ttl";
    /** Every Turtle file of the folder: the ontology files, then the shapes. */
    public static final List<String> ALL = Stream.concat(ONTOLOGY.stream(), Stream.of(SHAPES)).toList();
    /** The folder of quality-check queries, inside the ontology folder. */
    public static final String CHECKS = "checks";

    private OntologyFiles() {}

    /** The ontology and its concept schemes, with the {@link OntologyVersion version} stamped in. */
    public static Graph ontology(Path dir, Problems problems) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String name : ONTOLOGY) {
            parseInto(dir.resolve(name), graph, problems);
        }
        OntologyVersion.stamp(graph);
        return graph;
    }

    /** The SHACL shapes, with the {@link OntologyVersion version} stamped in. */
    public static Graph shapes(Path dir, Problems problems) {
        Graph graph = GraphFactory.createDefaultGraph();
        parseInto(dir.resolve(SHAPES), graph, problems);
        OntologyVersion.stamp(graph);
        return graph;
    }

    /** Parses one Turtle file; syntax errors are recorded with the file and line RIOT reports. */
    static void parseInto(Path file, Graph graph, Problems problems) {
        if (!Files.exists(file)) {
            problems.add(FilePosition.of(file), null, "missing ontology file");
            return;
        }
        // Read as a stream: the file may sit in the jar's zip file system (see bundle.Bundle).
        try (InputStream in = Files.newInputStream(file)) {
            parse(RDFParser.source(in), file, graph, problems);
        } catch (IOException e) {
            problems.add(new FilePosition(file, 1), null, "cannot be read: " + e.getMessage());
        }
    }

    /** Parses the Turtle text of {@code file}, already read; errors as for {@link #parseInto}. */
    public static void parseText(String turtle, Path file, Graph graph, Problems problems) {
        parse(RDFParser.fromString(turtle, Lang.TURTLE), file, graph, problems);
    }

    private static void parse(RDFParserBuilder parser, Path file, Graph graph, Problems problems) {
        try {
            parser.lang(Lang.TURTLE).errorHandler(recorder(file, problems)).parse(graph);
        } catch (RiotException e) {
            // Already recorded by the error handler, with its line.
        }
    }

    private static ErrorHandler recorder(Path file, Problems problems) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                problems.add(new FilePosition(file, (int) Math.max(line, 1)), null, "Turtle warning: " + message);
            }

            @Override
            public void error(String message, long line, long col) {
                problems.add(new FilePosition(file, (int) Math.max(line, 1)), null, "Turtle error: " + message);
                throw new RiotException(message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
            }
        };
    }
}
