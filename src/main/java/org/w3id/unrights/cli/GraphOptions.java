package org.w3id.unrights.cli;

import java.nio.file.Path;

import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;

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
}
