package org.w3id.unrights.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.w3id.unrights.export.Dump;
import org.w3id.unrights.export.Exporter;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.graph.DataSetQuads;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;

/**
 * A publication's downloads ({@link Dump}) in one folder, written once, after the server listens rather than
 * before: nobody has asked for them yet when the graph is built. A file appears under its own name only once
 * whole ({@link Exporter#writeMissing}), so what is there may be served at once and what is missing is still
 * being written (or was cut short by a crash: the next {@link #write()} writes it again, from the same data,
 * the same bytes).
 */
public final class Dumps {
    private final Path dir;
    private final RightsGraph graph;
    private final DataSetQuads dataSetQuads;
    private final Statistics statistics;
    private final Release release;
    private final Progress progress;
    private CompletableFuture<Void> writing;

    Dumps(Path dir, RightsGraph graph, DataSetQuads dataSetQuads, Statistics statistics, Release release, Progress progress) {
        this.dir = dir;
        this.graph = graph;
        this.dataSetQuads = dataSetQuads;
        this.statistics = statistics;
        this.release = release;
        this.progress = progress;
    }

    /** The data sets' quads, sent again for each data file. */
    public DataSetQuads dataSetQuads() {
        return dataSetQuads;
    }

    public Path dir() {
        return dir;
    }

    /** Whether {@code dump} is written whole and may be served. */
    public boolean ready(Dump dump) {
        return Files.isRegularFile(dir.resolve(dump.fileName()));
    }

    /** Whether every dump is written. */
    public boolean complete() {
        return Arrays.stream(Dump.values()).allMatch(this::ready);
    }

    /**
     * Starts writing the missing dumps on a thread of their own, once; later calls return the same work. Done at
     * once when every dump is there already (a store whose dumps an earlier start wrote).
     */
    public synchronized CompletableFuture<Void> write() {
        if (writing == null) {
            if (complete()) {
                writing = CompletableFuture.completedFuture(null);
            } else {
                writing = CompletableFuture.runAsync(this::writeMissing, DaemonThreads.named("dumps"));
            }
        }
        return writing;
    }

    /** Writes what is missing and waits for it; throws if writing fails. */
    public Dumps awaitWritten() {
        write().join();
        return this;
    }

    private void writeMissing() {
        long started = System.nanoTime();
        Exporter.writeMissing(graph, dataSetQuads, statistics, dir, release, Runtime.getRuntime().availableProcessors(),
                file -> progress.say(String.format("dumps: wrote %s (%.1f s)", file.getFileName(), Progress.seconds(started))));
    }
}
