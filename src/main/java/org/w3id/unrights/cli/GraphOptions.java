package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Tdb2Store;
import org.w3id.unrights.graph.Validation;

import picocli.CommandLine.Option;

/**
 * Where the data and ontology are read from; shared by every command. Without an option, the copies inside
 * the jar ({@link Bundle}), so that the jar works from any folder.
 */
final class GraphOptions {
    static final String FROM_THE_JAR = " Default: the copy inside the jar.";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of curated data (reference/ and sources/)." + FROM_THE_JAR)
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Folder of the ontology, vocabularies, SHACL shapes and checks/." + FROM_THE_JAR)
    Path ontology;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the graph in a TDB2 database in this folder (rebuilt from the data at start) instead of in memory.")
    Path store;

    Path data() {
        return data != null ? data : Bundle.data();
    }

    Path ontology() {
        return ontology != null ? ontology : Bundle.ontology();
    }

    RightsGraph build() {
        return stored(new GraphBuilder(data(), ontology()).build());
    }

    /**
     * Builds the graph and checks it against the shapes; on violations prints the report to {@code err}
     * and returns empty, so no command serves or exports invalid data.
     */
    Optional<RightsGraph> buildValid(PrintWriter err) {
        RightsGraph graph = new GraphBuilder(data(), ontology()).build();
        List<Validation.Finding> findings = Validation.check(graph);
        if (findings.isEmpty()) {
            return Optional.of(stored(graph));
        }
        err.println(findings.size() + " SHACL violation(s):");
        findings.forEach(f -> err.println("  " + f));
        return Optional.empty();
    }

    /** Checked graphs only reach the database: it is filled after validation, never before. */
    private RightsGraph stored(RightsGraph inMemory) {
        return store == null ? inMemory : Tdb2Store.persist(inMemory, store);
    }
}
