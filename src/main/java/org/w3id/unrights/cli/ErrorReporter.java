package org.w3id.unrights.cli;

import java.net.BindException;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.store.StoreInUseException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a user sees when a command fails: bad data as its list of errors, a store in use or a port taken as
 * one line saying what to do, and anything else as one line too. Never a stack trace, class name or source
 * file: those go to the log, at debug level. Each kind has its exit code.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int DATA_ERROR = 2;
    /** Another process has the store open. */
    static final int STORE_IN_USE = 3;
    static final int ADDRESS_UNAVAILABLE = 4;
    static final int UNEXPECTED = 70;

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    /** A message that would show the program's insides rather than the user's problem. */
    private static final Pattern INSIDES = Pattern.compile("(java|javax|jakarta|org|com|sun)\\.[a-z]+\\.|Exception|\\.java\\b");

    /** The data failed its checks and the report has been printed already. */
    static final class InvalidData extends RuntimeException {
        InvalidData() {
            super(null, null, false, false);
        }
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        LOG.debug("command failed", e);
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
        if (lockedStore(e)) {
            cli.getErr().println("error: the store is in use by another process (is a server already running on it?); "
                    + "stop that process or choose another --store");
            return STORE_IN_USE;
        }
        if (causedBy(e, BindException.class)) {
            cli.getErr().println("error: cannot listen there: the port is in use or the address is not on this machine; "
                    + "choose another --port or --host");
            return ADDRESS_UNAVAILABLE;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        cli.getErr().println("error: the command failed" + (message.isBlank() || INSIDES.matcher(message).find() ? "" : ": " + message));
        return UNEXPECTED;
    }

    /** TDB2 says a store is held as AlreadyLocked, or (when it knows the holder's process) in a plain DBOpEnvException. */
    private static boolean lockedStore(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AlreadyLocked || t instanceof DBOpEnvException && String.valueOf(t.getMessage()).startsWith("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
