package org.w3id.unrights.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A process the comparison runs and measures: its output goes to files; its memory is read from /proc and its GC log. */
final class Child {
    private static final Pattern GC_BEFORE = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    private final Process process;
    private final Path out;
    private final Path err;
    private final Path gcLog;
    private String peakResident = "n/a";

    private Child(Process process, Path out, Path err, Path gcLog) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.gcLog = gcLog;
    }

    static Child start(Path log, List<String> command) throws IOException {
        Files.createDirectories(log.getParent());
        Path out = Path.of(log + ".out");
        Path err = Path.of(log + ".err");
        Path gc = command.stream().filter(a -> a.startsWith("-Xlog:gc:file=")).findFirst()
                .map(a -> Path.of(a.substring("-Xlog:gc:file=".length()))).orElse(null);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(process, out, err, gc);
    }

    boolean alive() {
        return process.isAlive();
    }

    void awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + process.info().commandLine().orElse("?"));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + output());
        }
    }

    /** Waits for a {@code key=value} line on standard output; returns every such line seen. */
    Map<String, String> awaitKeys(String key, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> keys = keys();
            if (keys.containsKey(key)) {
                return keys;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("exited before " + key + ": " + output());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no " + key + " within " + timeout);
    }

    Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        read(out).lines().filter(l -> l.matches("[a-z_]+=.*")).forEach(l -> keys.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return keys;
    }

    String errLine(Pattern pattern) {
        return read(err).lines().filter(l -> pattern.matcher(l).find()).findFirst().orElse("");
    }

    String output() {
        return read(out) + read(err);
    }

    /** The largest heap in use before a collection, from the GC log: a lower bound of the peak. */
    String peakHeap() {
        if (gcLog == null || !Files.exists(gcLog)) {
            return "n/a";
        }
        Matcher m = GC_BEFORE.matcher(read(gcLog));
        long peak = -1;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak < 0 ? "no GC" : peak + " MB";
    }

    /** Peak resident memory (VmHWM) of the live process; read before {@link #stop()}. */
    String peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    peakResident = (kb / 1024) + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not on Linux, or already gone: keep what was read last.
        }
        return peakResident;
    }

    void stop() throws InterruptedException {
        peakResident();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
