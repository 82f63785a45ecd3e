package org.w3id.unrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;

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

    /** A build's line for a stage it finished: its name, then what it did. */
    static final Pattern STAGE = Pattern.compile("(read|check|load|count|index): +\\S.*");

    private void assertOneCleanLine(String says) {
        String printed = err.toString();
        assertEquals(1, printed.lines().filter(l -> !STAGE.matcher(l).matches()).count(), printed);
        assertTrue(printed.contains(says), printed);
        assertFalse(LEAK.matcher(printed).find(), printed);
    }
}
