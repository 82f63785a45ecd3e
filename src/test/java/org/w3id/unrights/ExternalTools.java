package org.w3id.unrights;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Programs the integration tests drive from outside the JVM (Chromium, Python with rdflib and
 * SPARQLWrapper, curl, Node.js with Comunica). On a developer machine a missing one skips its test with a message saying what to
 * install; in CI (environment CI=true) it fails the build, since .ci/run installs them all.
 */
public final class ExternalTools {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL = "apt-get install -y chromium chromium-driver python3-rdflib python3-sparqlwrapper curl nodejs npm"
            + " && npm ci --prefix src/test/js";

    private ExternalTools() {}

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (developer machine) or fails (CI) the calling test when {@code available} is false. */
    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        String message = what + " is missing; install it with: " + INSTALL;
        if (inCi()) {
            fail(message + " (CI=true: a missing tool fails rather than skips)");
        }
        Assumptions.abort(message + " (skipped: not in CI)");
    }

    /** A Python 3 that imports rdflib and SPARQLWrapper: Debian's first, since its packages install there. */
    public static Optional<String> python() {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            if (run(List.of(candidate, "-c", "import rdflib, SPARQLWrapper"), 60).exitCode() == 0) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static boolean onPath(String program) {
        return run(List.of("sh", "-c", "command -v " + program), 10).exitCode() == 0;
    }

    public static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** What a finished process printed (stdout and stderr together) and its exit code; -1 if it could not start or timed out. */
    public record Result(int exitCode, String output) {}

    public static Result run(List<String> command, long timeoutSeconds) {
        return run(command, Path.of("."), timeoutSeconds);
    }

    /** The same, run in {@code directory} (Node.js resolves a script's imports from there). */
    public static Result run(List<String> command, Path directory, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }
}
