package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.ontology.OntologyFormatter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "format-ontology", mixinStandardHelpOptions = true,
        description = {"Rewrite the Turtle files of the ontology folder in canonical form: stable order, grouping "
                + "and prefixes. The version is not written into the files: it is stamped when the ontology is loaded.",
                "Deterministic and idempotent: after a merge of ontology files, run it again."})
final class FormatOntologyCommand implements Callable<Integer> {
    static final int NOT_CANONICAL = 1;

    /** The source files on disk, never the read-only copy inside the jar that other commands default to. */
    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = Bundle.ONTOLOGY,
            description = "Folder of the ontology, vocabularies and SHACL shapes to rewrite, on disk. Default: ${DEFAULT-VALUE}")
    Path ontology;

    @Option(names = "--check", description = "Change nothing; list the files that are not canonical and exit 1 if any.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OntologyFormatter formatter = new OntologyFormatter(ontology);
        PrintWriter out = spec.commandLine().getOut();
        if (check) {
            List<Path> files = formatter.nonCanonical();
            files.forEach(f -> spec.commandLine().getErr().println("not canonical: " + f + " (run format-ontology)"));
            if (files.isEmpty()) {
                out.println("canonical: every file of " + ontology);
            }
            return files.isEmpty() ? 0 : NOT_CANONICAL;
        }
        List<Path> changed = formatter.formatAll();
        changed.forEach(f -> out.println("formatted " + f));
        if (changed.isEmpty()) {
            out.println("nothing to do: every file of " + ontology + " is canonical");
        }
        return 0;
    }
}
