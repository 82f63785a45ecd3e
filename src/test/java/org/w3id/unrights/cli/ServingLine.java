package org.w3id.unrights.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code serve}, started in a process of its own, printed up to the line that says where it serves, and
 * the port on that line. Its later output is read and dropped on a thread of its own, so that a full pipe never
 * blocks the server.
 *
 * @param port the port the server said it serves on
 * @param seen every line before that one
 */
public record ServingLine(int port, String seen) {
    private static final Pattern SERVING = Pattern.compile("serving at http://localhost:(\\d+)/");

    /** What the server printed before each line is read: a test may look at the build while it runs. */
    @FunctionalInterface
    public interface EachLine {
        void read(String line) throws IOException, InterruptedException;
    }

    /** Reads {@code server}'s output (its error stream merged in) until it says where it serves. */
    public static ServingLine await(Process server) throws IOException, InterruptedException {
        return await(server, line -> { });
    }

    /** As {@link #await(Process)}, giving each line before that one to {@code eachLine}. */
    public static ServingLine await(Process server, EachLine eachLine) throws IOException, InterruptedException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new ServingLine(Integer.parseInt(serving.group(1)), seen.toString());
            }
            seen.append(line).append('\n');
            eachLine.read(line);
        }
        throw new AssertionError("serve stopped before it said where it serves:\n" + seen);
    }
}
