package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.publish.Publisher;

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
     * The one publication a command works on: from the store if one was given (built first if there is none),
     * else built in memory. Empty if the data breaks the shapes; the violations, like each stage of a build, are
     * reported on {@code err}, so no command serves or exports invalid data.
     */
    Optional<Publication> publication(PrintWriter err) {
        Publisher publisher = Publisher.of(builder(), Progress.to(err));
        return store != null ? publisher.inStore(store) : publisher.inMemory();
    }
}
