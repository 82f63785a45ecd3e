package org.w3id.unrights.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Whether the disk under a store has room for a build. TDB2's bulk loader writes its secondary indexes on threads
 * of its own after the quads have passed; when the disk fills there, the thread dies and the build waits for it
 * for ever, the server answering {@code /$/ping} and nothing else. So room is asked for before the disk is full:
 * once before the build, for as many quads as the last build held, and again as the quads stream in, for the
 * indexes still to be written for those that have passed. Either refusal is a {@link NoRoomException} that says
 * how much is free and how much is needed, thrown on the building thread, so that the build is abandoned as any
 * other failed build is.
 */
public final class StoreRoom {
    /**
     * Bytes a quad may take while its database is built: TDB2's node table and six quad indexes, written packed by
     * {@link SortedLoader}, hold 0.77 GB for the 3.68 M quads of the default data (about 210 bytes a quad; 1.5 GB
     * when each row was inserted into the trees), and past 4 M quads the loader's rows wait in files beside it
     * (32 bytes a quad, and 32 more for each index being sorted).
     */
    static final long DATABASE_BYTES_PER_QUAD = 420;
    /** Bytes a quad takes in the dumps written beside it: 1.1 GB for the same quads. */
    static final long DUMP_BYTES_PER_QUAD = 300;
    /** Quads between two looks at the disk while they stream in: a look is a system call. */
    public static final long LOOK_EVERY = 1 << 16;

    /** How many bytes the disk holding a folder has free for this process. */
    @FunctionalInterface
    public interface Disk {
        long usableBytes(Path dir) throws IOException;

        /** The disk as the file system reports it. */
        Disk ACTUAL = dir -> Files.getFileStore(dir).getUsableSpace();
    }

    private final Path dir;
    private final Disk disk;

    /** @param dir the folder of stores the build writes in, which must exist */
    public StoreRoom(Path dir, Disk disk) {
        this.dir = dir;
        this.disk = disk;
    }

    /**
     * Refuses the build unless the disk has room for a store of {@code expectedQuads} quads and its dumps; does
     * nothing when the number is not known (a negative one: a first build).
     */
    public void requireForBuild(long expectedQuads) {
        if (expectedQuads >= 0) {
            require(expectedQuads * (DATABASE_BYTES_PER_QUAD + DUMP_BYTES_PER_QUAD),
                    String.format("a store of about %,d quads and its dumps (as many as the last build held)", expectedQuads));
        }
    }

    /**
     * {@code out}, with a look at the disk every {@link #LOOK_EVERY} quads: each look refuses to go on unless the
     * disk has room for the whole database of the quads that have passed, which is more than the indexes the
     * loader has still to write for them.
     */
    public StreamRDF watching(StreamRDF out) {
        return new StreamRDFWrapper(out) {
            private long quads;

            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                if (++quads % LOOK_EVERY == 0) {
                    require(quads * DATABASE_BYTES_PER_QUAD,
                            String.format("the indexes of the %,d quads loaded so far", quads));
                }
            }
        };
    }

    private void require(long bytes, String forWhat) {
        long usable;
        try {
            usable = disk.usableBytes(dir);
        } catch (IOException e) {
            // A disk that cannot say how full it is is not refused here: writing to it will say what is wrong.
            return;
        }
        if (usable < bytes) {
            throw new NoRoomException(dir, usable, bytes, forWhat);
        }
    }

    /** The disk under a store has no room for what the build must write; the build is abandoned before it fills. */
    public static final class NoRoomException extends RuntimeException {
        public NoRoomException(Path dir, long usable, long needed, String forWhat) {
            super(String.format("the disk holding %s has %s free, and %s need about %s: free some space, or give --store "
                    + "a folder on a disk with room", dir, size(usable), forWhat, size(needed)));
        }

        private static String size(long bytes) {
            return bytes >= 1L << 30 ? String.format("%.1f GB", bytes / (double) (1L << 30))
                    : String.format("%d MB", bytes >> 20);
        }
    }
}
