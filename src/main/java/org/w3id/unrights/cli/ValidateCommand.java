package org.w3id.unrights.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load the data and check it against the SHACL shapes. Exit 0 if valid, non-zero with a report if not.")
final class ValidateCommand implements Callable<Integer> {
    static final int INVALID = 1;

    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RightsGraph built = graph.build();
        List<Validation.Finding> findings = Validation.check(built);
        if (!findings.isEmpty()) {
            spec.commandLine().getErr().println(findings.size() + " SHACL violation(s):");
            findings.forEach(f -> spec.commandLine().getErr().println("  " + f));
            return INVALID;
        }
        long quads = built.dataset().stream().count();
        spec.commandLine().getOut().printf("valid: %d triples in %d named graphs (%d sources)%n",
                quads, built.dataset().size(), built.sourceGraphs().size());
        return 0;
    }
}
