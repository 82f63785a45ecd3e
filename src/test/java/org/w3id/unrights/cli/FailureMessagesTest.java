package org.w3id.unrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.store.StoreRoom;

import picocli.CommandLine;

/**
 * A command that cannot do its work says why in one line, with its exit code, and shows nothing of its insides.
 * (Before it, the build's stages may have said what they did, a line each: {@link #STAGE}.)
 * (A store held by another process: ServeStoreTest.)
 */
class FailureMessagesTest extends CommandTesting {
    static final Pattern LEAK = Pattern.compile("(java|javax|jakarta|org\\.apache|org\\.eclipse|org\\.w3id)\\.[a-z]|Exception|\\.java\\b|\\tat ");

    @Test
    void aPortInUseGetsOneLineAndItsExitCode() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run("serve", "--memory", "--data", Fixtures.MINIMAL.toString(), "--queries", Fixtures.FIXTURE_QUERIES.toString(),
                    "--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ErrorReporter.ADDRESS_UNAVAILABLE, code, err::toString);
            assertOneCleanLine("in use");
        }
    }

    @Test
    void aStoreWhereAFileStandsGetsOneLineWithThePathAndItsExitCode() throws Exception {
        Path file = Files.createTempFile("un-rights-not-a-folder", ".txt");
        try {
            int code = run("stats", "--data", Fixtures.MINIMAL.toString(), "--store", file.resolve("stores").toString());
            assertEquals(ErrorReporter.STORAGE, code, err::toString);
            String last = err.toString().strip().lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("error: a file stands where a folder is needed (" + file), err::toString);
            assertFalse(LEAK.matcher(err.toString()).find(), err::toString);
        } finally {
            Files.delete(file);
        }
    }

    /**
     * Disk full, a read-only file system and a folder not ours to write, as Java and TDB2 report them (wrapped):
     * each its cause and what to do. Made here, as a test cannot fill the disk or (as root) be refused.
     */
    @Test
    void diskFullReadOnlyAndPermissionSayTheirCauseAndWhatToDo() {
        Path store = Path.of("/var/cache/un-rights-graph/0123456789abcdef/Data-0001/GSPO.dat");
        assertEquals("the disk is full: free some space, or give --store a folder on a disk with room (a store of the full data takes about 2 GB)",
                ErrorReporter.storageProblem(new RuntimeException("write failed", new IOException("No space left on device"))).orElseThrow());
        String readOnly = ErrorReporter.storageProblem(new UncheckedIOException(new FileSystemException(store.toString(), null, "Read-only file system")))
                .orElseThrow();
        assertTrue(readOnly.startsWith("the file system is read-only (" + store + "): give --store a folder on a writable disk"), readOnly);
        String denied = ErrorReporter.storageProblem(new IllegalStateException(new AccessDeniedException(store.toString()))).orElseThrow();
        assertTrue(denied.startsWith("permission denied (" + store + "): let this user write there"), denied);
        assertTrue(ErrorReporter.storageProblem(new IllegalStateException("something else")).isEmpty());
    }

    /** A build refused for want of room (PublisherTest makes one) is one line with the exit code of a storage problem. */
    @Test
    void aDiskWithoutRoomForTheBuildGetsOneLineWithTheRoomNeeded() {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        Path root = Path.of("/var/cache/un-rights-graph");
        int code = new ErrorReporter().handleExecutionException(
                new StoreRoom.NoRoomException(root, 300L << 20, 5L << 29, "a store of about 3,684,970 quads and its dumps"), cli, null);
        assertEquals(ErrorReporter.STORAGE, code);
        assertOneCleanLine("error: the disk holding " + root + " has 300 MB free, and a store of about 3,684,970 quads and its "
                + "dumps need about 2.5 GB: free some space, or give --store a folder on a disk with room");
        StoreRoom.NoRoomException noRoom = new StoreRoom.NoRoomException(root, 1L << 20, 1L << 30, "the indexes");
        assertEquals(noRoom.getMessage(), ErrorReporter.storageProblem(new IllegalStateException(noRoom)).orElseThrow(),
                "found under a wrapper too");
    }

    /** A build's line for a stage it finished: its name, then what it did. */
    static final Pattern STAGE = Pattern.compile("(read|check|load|count|compute|index): +\\S.*");

    private void assertOneCleanLine(String says) {
        String printed = err.toString();
        assertEquals(1, printed.lines().filter(l -> !STAGE.matcher(l).matches()).count(), printed);
        assertTrue(printed.contains(says), printed);
        assertFalse(LEAK.matcher(printed).find(), printed);
    }
}
