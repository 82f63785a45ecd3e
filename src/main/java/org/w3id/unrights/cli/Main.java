package org.w3id.unrights.cli;

import java.io.PrintWriter;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code un-rights-graph} command line. */
@Command(name = "un-rights-graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "UN Rights Graph: build, check, query, export and serve the graph of the UN human-rights system.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ExportCommand.class, QueryCommand.class, StatsCommand.class,
                FormatOntologyCommand.class, CheckOntologyCommand.class, ReleaseCommand.class})
public final class Main {
    public static void main(String[] args) {
        // As for the command's own failure (ErrorReporter): a stack trace goes to the log, not the terminal. A thread
        // that dies this way is a library's worker stopped with the work it belonged to (TDB2's loader threads when
        // a build is abandoned), whose failure the command reports in its own words.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> LoggerFactory.getLogger(Main.class)
                .debug("thread {} stopped", thread.getName(), e));
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
