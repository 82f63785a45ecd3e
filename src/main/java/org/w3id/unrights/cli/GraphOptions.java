package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Validation;

import picocli.CommandLine.Option;

/** Where the data and ontology are read from; shared by every command. */
final class GraphOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of curated data (reference/ and sources/). Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
            description = "Folder of the ontology, vocabularies and SHACL shapes. Default: ${DEFAULT-VALUE}")
    Path ontology;

    RightsGraph build() {
        return new GraphBuilder(data, ontology).build();
    }

    /**
     * Builds the graph and checks it against the shapes; on violations prints the report to {@code err}
     * and returns empty, so no command serves or exports invalid data.
     */
    Optional<RightsGraph> buildValid(PrintWriter err) {
        RightsGraph graph = build();
        List<Validation.Finding> findings = Validation.check(graph);
        if (findings.isEmpty()) {
            return Optional.of(graph);
        }
        err.println(findings.size() + " SHACL violation(s):");
        findings.forEach(f -> err.println("  " + f));
        return Optional.empty();
    }
}
