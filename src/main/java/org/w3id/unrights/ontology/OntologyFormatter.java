package org.w3id.unrights.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.rdf.CanonicalTurtle;

/**
 * Rewrites the Turtle files of {@code ontology/} in {@link CanonicalTurtle canonical form}. Deterministic and
 * idempotent: the same triples give the same bytes however the file was laid out, so a merge is settled by
 * running it again. The version is not written here: it is stamped as the files are loaded
 * ({@link org.w3id.unrights.graph.OntologyVersion}).
 */
public final class OntologyFormatter {
    private static final Pattern DIRECTIVE = Pattern.compile("(?i)\\s*(@prefix|@base|prefix|base)\\b.*");
    /** The three lines of a section heading that {@link CanonicalTurtle} writes, to be dropped on reading. */
    private static final Pattern RULE = Pattern.compile("#\\s*-{10,}\\s*");

    private final Path dir;

    public OntologyFormatter(Path dir) {
        this.dir = dir;
    }

    /** The files whose text is not canonical, in {@link OntologyFiles#ALL} order. */
    public List<Path> nonCanonical() {
        List<Path> files = new ArrayList<>();
        for (Path file : files()) {
            String text = read(file);
            if (!format(text, file).equals(text)) {
                files.add(file);
            }
        }
        return files;
    }

    /** Rewrites every file that is not canonical; returns those it changed. */
    public List<Path> formatAll() {
        List<Path> changed = new ArrayList<>();
        for (Path file : nonCanonical()) {
            try {
                Files.writeString(file, format(read(file), file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            changed.add(file);
        }
        return changed;
    }

    /**
     * The canonical text of the Turtle read from {@code file}; throws {@link org.w3id.unrights.diagnostics.DataException}
     * naming the file and line when it does not parse.
     */
    public static String format(String turtle, Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        Problems problems = new Problems();
        OntologyFiles.parseText(turtle, file, graph, problems);
        problems.throwIfAny();
        return CanonicalTurtle.write(graph, header(turtle), graph.getPrefixMapping());
    }

    /**
     * The comment that opens a file: every comment line before the first statement, prefix lines skipped,
     * except the section headings the writer generates.
     */
    static List<String> header(String turtle) {
        List<String> header = new ArrayList<>();
        String[] lines = turtle.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank() || DIRECTIVE.matcher(line).matches()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break;
            }
            if (RULE.matcher(line).matches()) {
                i += 2; // the title line and the closing rule
                continue;
            }
            header.add(line);
        }
        return header;
    }

    private List<Path> files() {
        return OntologyFiles.ALL.stream().map(dir::resolve).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
