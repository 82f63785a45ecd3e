package org.w3id.unrights.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.nio.file.Path;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.w3id.unrights.bundle.Bundle;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.query.ResultFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query from the queries folder, or a query file, over the graph without a server.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Parameters(paramLabel = "NAME|FILE", description = "A query name (e.g. dprk-mechanisms) or a path to a .rq file.")
    String query;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of named queries." + GraphOptions.FROM_THE_JAR)
    Path queries;

    @Option(names = "--format", defaultValue = "table",
            description = "Result format for SELECT: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    ResultFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = queries != null ? queries : Bundle.queries();
        Optional<NamedQuery> found = new NamedQueries(folder).find(query);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("no query named '" + query + "' in " + folder + ", and no such file");
            return 1;
        }
        try {
            QueryFactory.create(found.get().text());
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println(found.get().file() + ": not valid SPARQL: " + e.getMessage());
            return 1;
        }
        // Results are written as bytes in the format's own encoding, so they bypass picocli's writer.
        spec.commandLine().getOut().flush();
        Optional<Publication> publication = graph.publication(spec.commandLine().getErr());
        if (publication.isEmpty()) {
            spec.commandLine().getErr().println("not querying invalid data");
            return ValidateCommand.INVALID;
        }
        new QueryRunner(publication.get().graph()).run(found.get().text(), format, System.out);
        System.out.flush();
        return 0;
    }
}
