package org.w3id.unrights.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code un-rights-graph} command line. */
@Command(name = "un-rights-graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "UN Rights Graph: build, check, query, export and serve the graph of the UN human-rights system.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ExportCommand.class, QueryCommand.class, StatsCommand.class,
                FormatOntologyCommand.class, CheckOntologyCommand.class, ReleaseCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with the given output streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }
}
