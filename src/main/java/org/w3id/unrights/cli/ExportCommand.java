package org.w3id.unrights.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.w3id.unrights.export.Exporter;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.graph.Validation;
import org.w3id.unrights.site.OntologyDocs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the dumps (Turtle, gzipped N-Triples and JSON-LD of the union; TriG with one named graph per source; "
                + "the JSON-LD context, the ontology, and their VoID/DCAT description void.ttl) and the ontology reference "
                + "(ontology.html) to a folder.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the dumps to.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Publication> built = graph.publication(spec.commandLine().getErr());
        if (built.isEmpty()) {
            spec.commandLine().getErr().println("not exporting invalid data");
            return ValidateCommand.INVALID;
        }
        Publication publication = built.get();
        for (Path file : Exporter.write(publication.graph(), publication.dataSetQuads(), publication.statistics(), out, publication.release())) {
            spec.commandLine().getOut().println("wrote " + file);
        }
        for (Path file : OntologyDocs.of(publication.graph()).write(out)) {
            spec.commandLine().getOut().println("wrote " + file);
        }
        return 0;
    }
}
