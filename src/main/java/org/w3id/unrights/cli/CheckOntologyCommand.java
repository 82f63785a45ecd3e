package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.ontology.OntologyChecks;
import org.w3id.unrights.ontology.OntologyFormatter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check-ontology", mixinStandardHelpOptions = true,
        description = {"Run the ontology's quality checks: every query of ONTOLOGY/checks over the ontology, shapes "
                + "and data (each row a problem, naming the term), and the canonical form of the Turtle files.",
                "Exit 0 when all pass. The reasoner's consistency check runs in 'mvn verify'."})
final class CheckOntologyCommand implements Callable<Integer> {
    static final int PROBLEMS = 1;

    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> nonCanonical = new OntologyFormatter(graph.ontology()).nonCanonical();
        nonCanonical.forEach(f -> err.println("not canonical: " + f + " (run format-ontology)"));
        OntologyChecks checks = new OntologyChecks(graph.ontology().resolve(OntologyFiles.CHECKS));
        List<OntologyChecks.Finding> findings = checks.run(OntologyChecks.dataset(graph.builder().curated()));
        findings.forEach(err::println);
        if (!nonCanonical.isEmpty() || !findings.isEmpty()) {
            err.printf("%d problem(s)%n", nonCanonical.size() + findings.size());
            return PROBLEMS;
        }
        spec.commandLine().getOut().printf("passed: %d checks, %d canonical files%n",
                checks.checks().size(), OntologyFiles.ALL.size());
        return 0;
    }
}
