package org.w3id.unrights.cli;

import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.store.StoreInUseException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Bad data is the user's to fix, a store in use the user's to free: print what is wrong, not a stack trace,
 * and exit non-zero.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int DATA_ERROR = 2;
    /** Another process has the store open. */
    static final int STORE_IN_USE = 3;

    /** The data failed its checks and the report has been printed already. */
    static final class InvalidData extends RuntimeException {
        InvalidData() {
            super(null, null, false, false);
        }
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) throws Exception {
        if (e instanceof DataException data) {
            cli.getErr().println(data.getMessage());
            return DATA_ERROR;
        }
        if (e instanceof InvalidData) {
            return ValidateCommand.INVALID;
        }
        if (e instanceof StoreInUseException inUse) {
            cli.getErr().println(inUse.getMessage());
            return STORE_IN_USE;
        }
        throw e;
    }
}
