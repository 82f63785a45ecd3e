package org.w3id.unrights.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Rows of TDB2 node ids (as the 64-bit values the indexes store), all of one width — 3 for triples, 4 for quads —
 * in the order they arrived, and the same rows sorted into any index's column order with repeats dropped.
 * <p>
 * Rows are kept in memory up to {@code chunkRows}; each full chunk is written to a file in {@code scratch}, so the
 * heap holds at most one chunk being filled and, per index being sorted, one chunk being sorted. With one chunk
 * the sorted rows come straight from memory; with more, each chunk is sorted into a run file and the runs merged.
 * Ids compare as unsigned numbers, which is the order of their big-endian bytes in a B+tree record.
 */
final class NodeIdRows {
    /** Bytes read or written at a time per file. */
    private static final int IO_BUFFER = 1 << 20;

    private final int width;
    private final int chunkRows;
    private final Path scratch;
    private final String name;
    private final List<Path> spilled = new ArrayList<>();
    private long[] filling = new long[0];
    private int filled;
    private long rows;

    NodeIdRows(int width, int chunkRows, Path scratch, String name) {
        this.width = width;
        this.chunkRows = chunkRows;
        this.scratch = scratch;
        this.name = name;
    }

    int width() {
        return width;
    }

    long size() {
        return rows;
    }

    /** Adds one row, {@code ids[0..width)}. */
    void add(long[] ids) {
        if (filled == chunkRows) {
            spill();
        }
        int at = filled * width;
        if (at + width > filling.length) {
            filling = Arrays.copyOf(filling, (int) Math.min((long) chunkRows * width, Math.max(1024L, filling.length * 2L)));
        }
        System.arraycopy(ids, 0, filling, at, width);
        filled++;
        rows++;
    }

    /** A pass over sorted rows: {@link #next()} moves to the next row, {@link #row()} is it (not to be kept). */
    interface Cursor extends AutoCloseable {
        boolean next();

        long[] row();

        @Override
        void close();
    }

    /**
     * Every row once, with its columns taken in {@code columns} order (column {@code i} of the result is column
     * {@code columns[i]} of the row as added), ascending.
     */
    Cursor sorted(int[] columns) {
        if (spilled.isEmpty()) {
            // The rows in memory are shared by the indexes sorted at once: each sorts its own copy.
            long[] work = permute(filling, new long[filled * width], filled, columns);
            return new InMemory(work, RowSort.sortUnique(work, width, filled), width);
        }
        List<Path> runs = new ArrayList<>();
        try {
            for (int chunk = 0; chunk <= spilled.size(); chunk++) {
                long[] work;
                if (chunk < spilled.size()) {
                    // Read for this index alone: its columns are put in order where they are.
                    work = read(spilled.get(chunk));
                    permute(work, work, work.length / width, columns);
                } else {
                    work = permute(filling, new long[filled * width], filled, columns);
                }
                int n = RowSort.sortUnique(work, width, work.length / width);
                Path run = Files.createTempFile(scratch, name + "-run-", ".bin");
                runs.add(run);
                write(run, work, n * width);
            }
            return new Merged(runs, width);
        } catch (IOException | RuntimeException e) {
            runs.forEach(NodeIdRows::deleteQuietly);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Removes the files of spilled chunks. */
    void discard() {
        spilled.forEach(NodeIdRows::deleteQuietly);
        spilled.clear();
        filling = new long[0];
        filled = 0;
    }

    /**
     * The first {@code count} rows of {@code source} into {@code target} with their columns in {@code columns}
     * order; {@code target} may be {@code source}. Returns {@code target}.
     */
    private long[] permute(long[] source, long[] target, int count, int[] columns) {
        long[] row = new long[width];
        for (int at = 0; at < count * width; at += width) {
            System.arraycopy(source, at, row, 0, width);
            for (int c = 0; c < width; c++) {
                target[at + c] = row[columns[c]];
            }
        }
        return target;
    }

    private void spill() {
        try {
            Files.createDirectories(scratch);
            Path file = Files.createTempFile(scratch, name + "-chunk-", ".bin");
            spilled.add(file);
            write(file, filling, filled * width);
            filled = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, long[] values, int length) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.allocate(IO_BUFFER);
            LongBuffer longs = buffer.asLongBuffer();
            for (int at = 0; at < length; ) {
                int n = Math.min(longs.capacity(), length - at);
                longs.clear();
                longs.put(values, at, n);
                buffer.clear().limit(n * Long.BYTES);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                at += n;
            }
        }
    }

    private static long[] read(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] values = new long[Math.toIntExact(in.size() / Long.BYTES)];
            ByteBuffer buffer = ByteBuffer.allocate(IO_BUFFER);
            for (int at = 0; at < values.length; ) {
                buffer.clear();
                while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                    // Until the buffer is full or the file ends.
                }
                buffer.flip();
                int n = buffer.remaining() / Long.BYTES;
                buffer.asLongBuffer().get(values, at, n);
                at += n;
            }
            return values;
        }
    }

    /** Sorted rows held in one array. */
    private static final class InMemory implements Cursor {
        private final long[] rows;
        private final int count;
        private final long[] row;
        private int at = -1;

        InMemory(long[] rows, int count, int width) {
            this.rows = rows;
            this.count = count;
            this.row = new long[width];
        }

        @Override
        public boolean next() {
            if (++at >= count) {
                return false;
            }
            System.arraycopy(rows, at * row.length, row, 0, row.length);
            return true;
        }

        @Override
        public long[] row() {
            return row;
        }

        @Override
        public void close() {}
    }

    /** Sorted run files merged into one ascending sequence, each row once; the files go when it is closed. */
    private static final class Merged implements Cursor {
        private final List<Path> files;
        private final List<Run> open = new ArrayList<>();
        private final PriorityQueue<Run> queue;
        private final long[] row;
        private boolean started;

        Merged(List<Path> files, int width) throws IOException {
            this.files = files;
            this.row = new long[width];
            this.queue = new PriorityQueue<>((a, b) -> RowSort.compare(a.row, 0, b.row, 0, width));
            try {
                for (Path file : files) {
                    Run run = new Run(file, width);
                    open.add(run);
                    if (run.advance()) {
                        queue.add(run);
                    }
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public boolean next() {
            try {
                while (!queue.isEmpty()) {
                    Run run = queue.poll();
                    boolean repeat = started && RowSort.compare(row, 0, run.row, 0, row.length) == 0;
                    System.arraycopy(run.row, 0, row, 0, row.length);
                    if (run.advance()) {
                        queue.add(run);
                    }
                    if (!repeat) {
                        started = true;
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long[] row() {
            return row;
        }

        @Override
        public void close() {
            for (Run run : open) {
                try {
                    run.close();
                } catch (IOException e) {
                    // Closing a file only read from: nothing lost.
                }
            }
            files.forEach(NodeIdRows::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left in the build's scratch folder, which goes with the build.
        }
    }

    /** One sorted run file, read a buffer at a time; {@link #row} is its current row. */
    private static final class Run implements AutoCloseable {
        private final FileChannel in;
        private final ByteBuffer buffer = ByteBuffer.allocate(IO_BUFFER);
        final long[] row;

        Run(Path file, int width) throws IOException {
            this.in = FileChannel.open(file, StandardOpenOption.READ);
            this.row = new long[width];
            buffer.limit(0);
        }

        boolean advance() throws IOException {
            for (int c = 0; c < row.length; c++) {
                if (buffer.remaining() < Long.BYTES) {
                    buffer.compact();
                    while (buffer.position() < Long.BYTES && in.read(buffer) >= 0) {
                        // Fill at least one value.
                    }
                    buffer.flip();
                    if (buffer.remaining() < Long.BYTES) {
                        if (c != 0) {
                            throw new NoSuchElementException("a run file ends inside a row");
                        }
                        return false;
                    }
                }
                row[c] = buffer.getLong();
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
