package org.w3id.unrights.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.publish.Publication;

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
        Optional<Publication> valid = graph.publication(spec.commandLine().getErr());
        if (valid.isEmpty()) {
            return INVALID;
        }
        RightsGraph built = valid.get().graph();
        Txn.executeRead(built.dataset(), () -> spec.commandLine().getOut().printf("valid: %d triples in %d named graphs (%d sources)%n",
                built.dataset().stream().count(), built.dataset().size(), built.sourceGraphs().size()));
        return 0;
    }
}
