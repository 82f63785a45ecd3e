package org.w3id.unrights.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.unrights.search.SearchIndex;

/**
 * The folder of stores that {@code serve} keeps, one per version of the data, and what a store folder is for
 * the process that uses it: where a build is written, the atomic rename that makes it a store, the lock that
 * keeps a second process out, and retiring the stores of earlier versions. What goes into a store (the load,
 * counts, index and dumps) is the publisher's ({@code publish.Publisher}); nothing here reads or writes data.
 * <p>
 * A store folder ({@code --store DIR}, by default {@link #defaultRoot()}) holds one store per
 * {@link ContentHash}: {@code DIR/<hash>/} with the database ({@value #DATABASE}/), its counts
 * ({@value #STATISTICS}), its text index ({@value #TEXT}/) and its dumps ({@value #DUMPS}/, written after the
 * server listens). A store is built in {@code DIR/<hash>.partial-<pid>/} and renamed into place only once its
 * database, counts and index are complete, so a folder named by a hash always holds a whole, checked database;
 * a failed build removes its partial folder and touches no other. Older stores stay until
 * {@link #retireOthers} — which {@code serve} calls only once it is listening — so a failed build or start
 * leaves the previous store as it was.
 */
public final class Tdb2Store {
    public static final String DATABASE = "tdb2";
    public static final String DUMPS = "dumps";
    public static final String STATISTICS = "statistics.properties";
    public static final String TEXT = "text";
    /** The General Assembly's voting record as a matrix ({@link org.w3id.unrights.votes.VoteMatrix}), written at build. */
    public static final String VOTES = "votes.bin";
    /** Lucene allows one writer per index in a JVM: an index opened once is shared until its store is closed. */
    private static final Map<Path, TextIndex> OPEN_INDEXES = new ConcurrentHashMap<>();
    private static final String PARTIAL = ".partial-";

    private final Path dir;

    private Tdb2Store(Path dir) {
        this.dir = dir;
    }

    /** The store in {@code root} for the data whose {@link ContentHash} is {@code hash}, built or not. */
    public static Tdb2Store in(Path root, String hash) {
        return new Tdb2Store(root.resolve(ContentHash.name(hash)));
    }

    /** {@code $XDG_CACHE_HOME/un-rights-graph}, else {@code ~/.cache/un-rights-graph}. */
    public static Path defaultRoot() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("un-rights-graph");
    }

    /** The store's folder, named by the hash of what it is built from. */
    public Path dir() {
        return dir;
    }

    /** Whether the store is built: its folder exists only once whole. */
    public boolean built() {
        return Files.isDirectory(dir);
    }

    /**
     * What is wrong with the built store, found by its seal ({@link StoreSeal}): empty when its database and
     * text index are as their build left them.
     */
    public Optional<String> damage() {
        return StoreSeal.check(dir);
    }

    /**
     * Removes a damaged store so that it can be built again; throws {@link StoreInUseException} if another
     * process has it open (it is left to that process).
     */
    public void discard() {
        if (heldByAnotherProcess(dir)) {
            throw new StoreInUseException(dir);
        }
        DatabaseConnection.internalExpel(Location.create(dir.resolve(DATABASE)), true);
        closeIndex(dir);
        deleteTree(dir);
    }

    /** Records the finished build's files in {@code partial} (its database and index closed), for {@link #damage()}. */
    public static void seal(Path partial) {
        StoreSeal.write(partial);
    }

    /** A fresh folder for this process to build the store in, beside where it will go. */
    public Path beginBuild() {
        Path partial = dir.resolveSibling(dir.getFileName() + PARTIAL + ProcessHandle.current().pid());
        deleteTree(partial);
        try {
            Files.createDirectories(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + partial, e);
        }
        return partial;
    }

    /** Renames a finished build into place; if another process built the same version meanwhile, keeps theirs. */
    public void commit(Path partial) {
        try {
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            deleteTree(partial);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("cannot rename " + partial + " atomically into " + dir, e);
        } catch (IOException e) {
            deleteTree(partial);
            throw new UncheckedIOException("cannot move the new store into " + dir, e);
        }
    }

    /** Gives up a build: releases its database, if open, and removes its folder. */
    public static void abandon(Path partial, DatasetGraph database) {
        if (database != null) {
            TDBInternal.expel(database, true);
        }
        deleteTree(partial);
    }

    /** Opens (or creates, in a build's folder) the database in {@code folder}. */
    public static DatasetGraph database(Path folder) {
        return DatabaseMgr.connectDatasetGraph(folder.resolve(DATABASE).toString());
    }

    /** Opens the built store's database; throws {@link StoreInUseException} if another process has it open. */
    public DatasetGraph openDatabase() {
        try {
            return database(dir);
        } catch (DBOpEnvException e) {
            // TDB2 says "Failed to get a lock" when another process has the database open.
            if (heldByAnotherProcess(dir)) {
                throw new StoreInUseException(dir);
            }
            throw e;
        }
    }

    /** The built store's text index, opened once per process. */
    public TextIndex openIndex() {
        return OPEN_INDEXES.computeIfAbsent(dir.resolve(TEXT).toAbsolutePath(), SearchIndex::open);
    }

    /** Releases the database, the text index and their locks. */
    public void close(DatasetGraph database) {
        TDBInternal.expel(database, true);
        closeIndex(dir);
    }

    /**
     * Removes the other stores of the store folder, built from other versions of the data. Call only once this
     * one is in use (the server listening), so that a failure before leaves the previous store intact.
     */
    public void retireOthers() {
        retireOthers(dir.getParent(), dir);
    }

    /**
     * Removes every store in {@code root} but {@code keep}, and partial builds whose process has ended;
     * a store another live process has open (its lock names that process) is left alone.
     */
    private static void retireOthers(Path root, Path keep) {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                if (!entry.equals(keep) && isStoreFolder(entry) && !heldByAnotherProcess(entry)) {
                    // This process may have opened it earlier (a test, a command run twice): let go of it first.
                    DatabaseConnection.internalExpel(Location.create(entry.resolve(DATABASE)), true);
                    closeIndex(entry);
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Closes the text index of the store in {@code dir} if this process has it open. */
    static void closeIndex(Path dir) {
        TextIndex open = OPEN_INDEXES.remove(dir.resolve(TEXT).toAbsolutePath());
        if (open != null) {
            open.close();
        }
    }

    private static boolean isStoreFolder(Path entry) {
        String name = entry.getFileName().toString();
        return Files.isDirectory(entry) && name.matches("[0-9a-f]{" + ContentHash.NAME_LENGTH + "}(" + PARTIAL + "\\d+)?");
    }

    private static boolean heldByAnotherProcess(Path store) {
        String name = store.getFileName().toString();
        int partial = name.indexOf(PARTIAL);
        if (partial >= 0) {
            long pid = Long.parseLong(name.substring(partial + PARTIAL.length()));
            return isAnotherLiveProcess(pid);
        }
        Path lock = store.resolve(DATABASE).resolve("tdb.lock");
        try {
            if (!Files.exists(lock)) {
                return false;
            }
            String pid = Files.readString(lock).strip();
            return !pid.isEmpty() && isAnotherLiveProcess(Long.parseLong(pid));
        } catch (IOException | NumberFormatException e) {
            return true; // When in doubt, keep it.
        }
    }

    private static boolean isAnotherLiveProcess(long pid) {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
