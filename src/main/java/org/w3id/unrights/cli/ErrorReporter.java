package org.w3id.unrights.cli;

import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.store.StoreInUseException;
import org.w3id.unrights.store.StoreRoom;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a user sees when a command fails: bad data as its list of errors, a store in use, a port taken, a disk
 * full, read-only or not ours to write as one line saying what to do, and anything else as one line too. Never a stack trace, class name or source
 * file: those go to the log, at debug level. Each kind has its exit code.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int DATA_ERROR = 2;
    /** Another process has the store open. */
    static final int STORE_IN_USE = 3;
    static final int ADDRESS_UNAVAILABLE = 4;
    static final int UNEXPECTED = 70;
    /** The store or a file could not be written: disk full, read-only, no permission, not a folder (sysexits' EX_IOERR). */
    static final int STORAGE = 74;

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
        Optional<String> storage = storageProblem(e);
        if (storage.isPresent()) {
            cli.getErr().println("error: " + storage.get());
            return STORAGE;
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

    /**
     * What keeps the command from writing, with the path and what to do: the disk is full (or has no room for the
     * build, {@link StoreRoom}), the file system is read-only, the user may not write there, or the path is a file
     * where a folder is needed. Java and TDB2 say these in exceptions of their own, wrapped more or less deep; the
     * operating system's words are in the message or the reason.
     */
    static Optional<String> storageProblem(Throwable e) {
        String where = null;
        for (Throwable t = e; t != null && where == null; t = t.getCause() == t ? null : t.getCause()) {
            where = t instanceof FileSystemException fs ? fs.getFile() : null;
        }
        String at = where == null ? "" : " (" + where + ")";
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreRoom.NoRoomException noRoom) {
                // Says itself what is free, what is needed and what to do.
                return Optional.of(noRoom.getMessage());
            }
            String said = t instanceof FileSystemException fs ? fs.getReason() + " " + t.getMessage() : String.valueOf(t.getMessage());
            if (said.contains("No space left on device") || said.contains("Disk quota exceeded")) {
                return Optional.of("the disk is full" + at + ": free some space, or give --store a folder on a disk with room "
                        + "(a store of the full data takes about 2 GB)");
            }
            if (t instanceof ReadOnlyFileSystemException || said.contains("Read-only file system")) {
                return Optional.of("the file system is read-only" + at + ": give --store a folder on a writable disk "
                        + "(serve's default store is under $XDG_CACHE_HOME or ~/.cache)");
            }
            if (t instanceof AccessDeniedException || said.contains("Permission denied")) {
                return Optional.of("permission denied" + at + ": let this user write there, or give --store a folder it may write");
            }
            if (t instanceof NotDirectoryException || t instanceof FileAlreadyExistsException || said.contains("Not a directory")) {
                return Optional.of("a file stands where a folder is needed" + at + ": move it, or give --store another folder");
            }
        }
        return Optional.empty();
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
