package org.w3id.unrights.cli;

import org.w3id.unrights.diagnostics.DataException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Bad data is the user's to fix: print the list of errors, not a stack trace, and exit non-zero. */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int DATA_ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) throws Exception {
        if (e instanceof DataException data) {
            cli.getErr().println(data.getMessage());
            return DATA_ERROR;
        }
        throw e;
    }
}
