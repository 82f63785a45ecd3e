package org.w3id.unrights.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the project's own CLI in a JVM of its own, with this JVM's {@code java} and class path:
 * for the tests and harnesses that need a server as a user runs it, in another process.
 */
public final class MainProcess {
    private MainProcess() {}

    /** This JVM's {@code java} executable. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java {jvmOptions} -cp {this class path} Main {args}}. */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** A loopback port free at the time of asking, for a server whose port must be known before it starts. */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
