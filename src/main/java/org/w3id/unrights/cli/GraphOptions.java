package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.store.StoredGraph;
import org.w3id.unrights.store.Tdb2Store;
import org.w3id.unrights.graph.Validation;

import picocli.CommandLine.Option;

/**
 * Where the data and ontology are read from, and where the store is kept; shared by every command. Without
 * an option, the copies inside the jar ({@link Bundle}), so that the jar works from any folder.
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
            description = "Folder of TDB2 stores, one per version of the data and ontology: built on first use, reused after. "
                    + "serve uses one by default (under ~/.cache/un-rights-graph); the other commands only when given.")
    Path store;

    Path data() {
        return data != null ? data : Bundle.data();
    }

    Path ontology() {
        return ontology != null ? ontology : Bundle.ontology();
    }

    GraphBuilder builder() {
        return new GraphBuilder(data(), ontology());
    }

    /**
     * The graph for commands that read it: built in memory, or from the store if one was given (a store is
     * only ever built from checked data, so there the data is checked first; the report goes to {@code err}).
     */
    RightsGraph build(PrintWriter err) {
        if (store == null) {
            return builder().build();
        }
        return openStore(store, err).orElseThrow(ErrorReporter.InvalidData::new).graph();
    }

    /**
     * The graph, checked against the shapes; on violations prints the report to {@code err} and returns
     * empty, so no command serves or exports invalid data. From the store if one was given.
     */
    Optional<RightsGraph> buildValid(PrintWriter err) {
        if (store != null) {
            return openStore(store, err).map(StoredGraph::graph);
        }
        GraphBuilder builder = builder();
        RightsGraph curated = builder.curated();
        return valid(curated, err) ? Optional.of(builder.addBulk(curated)) : Optional.empty();
    }

    /** The store in {@code root} for this data, built (once checked) if there is none yet. */
    Optional<StoredGraph> openStore(Path root, PrintWriter err) {
        return Tdb2Store.openOrBuild(root, builder(), g -> valid(g, err), err);
    }

    private static boolean valid(RightsGraph graph, PrintWriter err) {
        List<Validation.Finding> findings = Validation.check(graph);
        if (findings.isEmpty()) {
            return true;
        }
        err.println(findings.size() + " SHACL violation(s):");
        findings.forEach(f -> err.println("  " + f));
        return false;
    }
}
