package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.vocab.Prefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print the counts the dumps' void.ttl gives (triples, entities, instances per class as typed, triples per "
                + "named graph) and the share of fact nodes with source and locator.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Publication> publication = graph.publication(spec.commandLine().getErr());
        if (publication.isEmpty()) {
            spec.commandLine().getErr().println("not counting invalid data");
            return ValidateCommand.INVALID;
        }
        Statistics stats = publication.get().statistics();
        PrintWriter out = spec.commandLine().getOut();
        var prefixes = Prefixes.standard();
        out.printf("triples: %d, distinct subjects: %d, entities: %d%n", stats.triples(), stats.subjects(), stats.entities());
        out.println("instances per class:");
        stats.instancesPerClass().forEach((c, n) -> out.printf("  %-32s %6d%n", prefixes.shortForm(c), n));
        out.println("triples per named graph:");
        stats.triplesPerGraph().forEach((g, n) -> out.printf("  %-60s %6d%n", g, n));
        out.printf("fact nodes with source and locator: %d of %d (%.1f%%)%n",
                stats.factNodesWithProvenance(), stats.factNodes(), stats.provenanceShare());
        return 0;
    }
}
