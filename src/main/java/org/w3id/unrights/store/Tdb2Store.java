package org.w3id.unrights.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.unrights.graph.BulkSource;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.SplitDataset;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.graph.StatisticsFile;
import org.w3id.unrights.export.Exporter;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.search.SearchIndex;

/**
 * The graph kept on disk in TDB2, built once per version of the data and reused by every later start.
 * <p>
 * A store folder ({@code --store DIR}, by default {@link #defaultRoot()}) holds one store per
 * {@link ContentHash}: {@code DIR/<hash>/} with the database ({@code tdb2/}), the dumps ({@code dumps/}),
 * its {@link Statistics} ({@code statistics.properties}: the landing page's and {@code stats}' counts) and
 * its text index ({@code text/}, a Lucene index: see {@link SearchIndex}), all written by the one build. A store is
 * built in {@code DIR/<hash>.partial-<pid>/} and renamed into place only once complete, so a folder named
 * by a hash is always a whole, checked store; a failed build removes its partial folder and touches no
 * other. Older stores stay until {@link StoredGraph#retireOthers()} — which {@code serve} calls only once
 * it is listening — so a failed build or start leaves the previous store as it was.
 * <p>
 * The build streams: the curated sources (small, checked by SHACL in memory first) and then each bulk data
 * set go through one {@link StreamRDF} into Jena's phased bulk loader, the loader {@code tdb2.tdbloader}
 * uses by default.
 */
public final class Tdb2Store {
    static final String DATABASE = "tdb2";
    static final String DUMPS = "dumps";
    static final String STATISTICS = "statistics.properties";
    static final String TEXT = "text";
    /** Lucene allows one writer per index in a JVM: an index opened once is shared until its store is closed. */
    private static final Map<Path, TextIndex> OPEN_INDEXES = new ConcurrentHashMap<>();
    private static final String PARTIAL = ".partial-";

    private Tdb2Store() {}

    /** {@code $XDG_CACHE_HOME/un-rights-graph}, else {@code ~/.cache/un-rights-graph}. */
    public static Path defaultRoot() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("un-rights-graph");
    }

    /**
     * Opens the store in {@code root} built from what {@code builder} reads, building it first if there is none.
     * A new build is checked by {@code check} (which reports what is wrong) before anything is written;
     * returns empty if it fails. Throws {@link StoreInUseException} if another process holds the store,
     * and {@link org.w3id.unrights.diagnostics.DataException} for bad data (no store is then written).
     */
    public static Optional<StoredGraph> openOrBuild(Path root, GraphBuilder builder, Predicate<RightsGraph> check, PrintWriter progress) {
        String hash = ContentHash.of(builder.dataDir(), builder.ontologyDir());
        Path dir = root.resolve(ContentHash.name(hash));
        if (Files.isDirectory(dir)) {
            return Optional.of(open(dir, builder::shapes, new Registry(), builder.bulkGraphs(), false));
        }
        progress.println("Building the store " + dir + " (once for this version of the data)");
        progress.flush();
        long reading = System.nanoTime();
        RightsGraph curated = builder.curated();
        progress.printf("Read the curated sources in %.1f s%n", (System.nanoTime() - reading) / 1e9);
        long checking = System.nanoTime();
        if (!check.test(curated)) {
            return Optional.empty();
        }
        progress.printf("Checked them against the shapes in %.1f s%n", (System.nanoTime() - checking) / 1e9);
        Path partial = root.resolve(dir.getFileName() + PARTIAL + ProcessHandle.current().pid());
        build(curated, builder.bulk(), partial, progress);
        try {
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another process built the same version meanwhile: its store is as good as ours.
            deleteTree(partial);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("cannot rename " + partial + " atomically into " + dir, e);
        } catch (IOException e) {
            deleteTree(partial);
            throw new UncheckedIOException("cannot move the new store into " + dir, e);
        }
        return Optional.of(open(dir, curated::shapes, curated.registry(), curated.dataSetGraphs(), true));
    }

    /** Writes the whole store into {@code dir}: database, counts, dumps. On any failure removes {@code dir}. */
    private static void build(RightsGraph curated, List<BulkSource> bulk, Path dir, PrintWriter progress) {
        DatasetGraph database = null;
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
            database = DatabaseMgr.connectDatasetGraph(dir.resolve(DATABASE).toString());
            load(curated, bulk, database, progress);
            long counting = System.nanoTime();
            DatasetGraph loaded = database;
            Statistics statistics = Txn.calculateRead(loaded, () -> Statistics.of(SplitDataset.of(loaded, curated.dataSetGraphs())));
            StatisticsFile.write(statistics, dir.resolve(STATISTICS));
            RightsGraph stored = new RightsGraph(database, curated.shapes(), new Registry(), curated.dataSetGraphs(), statistics, null, null);
            progress.printf("Counted what the graph holds in %.1f s%n", (System.nanoTime() - counting) / 1e9);
            progress.flush();
            long dumping = System.nanoTime();
            Exporter.write(stored, dir.resolve(DUMPS));
            progress.printf("Wrote the dumps in %.1f s%n", (System.nanoTime() - dumping) / 1e9);
            progress.flush();
            long indexing = System.nanoTime();
            SearchIndex.build(database, dir.resolve(TEXT)).close();
            progress.printf("Built the text index in %.1f s%n", (System.nanoTime() - indexing) / 1e9);
            progress.flush();
            TDBInternal.expel(database);
            database = null;
        } catch (IOException e) {
            abandon(database, dir);
            throw new UncheckedIOException("cannot build the store in " + dir, e);
        } catch (RuntimeException | Error e) {
            abandon(database, dir);
            throw e;
        }
    }

    private static void load(RightsGraph curated, List<BulkSource> bulk, DatasetGraph database, PrintWriter progress) {
        long started = System.nanoTime();
        DataLoader loader = LoaderFactory.phasedLoader(database, (format, args) -> {
            progress.println("  " + String.format(format, args));
            progress.flush();
        });
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            out.start();
            Txn.executeRead(curated.dataset(), () -> StreamRDFOps.sendDatasetToStream(curated.dataset(), out));
            for (BulkSource source : bulk) {
                progress.println("Loading " + source.name());
                progress.flush();
                source.sendTo(curated, out);
            }
            out.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        Txn.executeWrite(database, () -> database.prefixes().putAll(curated.dataset().prefixes()));
        progress.printf("Loaded %,d quads in %.1f s%n", loader.countQuads() + loader.countTriples(), (System.nanoTime() - started) / 1e9);
        progress.flush();
    }

    private static StoredGraph open(Path dir, Supplier<org.apache.jena.graph.Graph> shapes, Registry registry, List<Node> dataSetGraphs, boolean built) {
        DatasetGraph database;
        try {
            database = DatabaseMgr.connectDatasetGraph(dir.resolve(DATABASE).toString());
        } catch (DBOpEnvException e) {
            // TDB2 says "Failed to get a lock" when another process has the database open.
            if (heldByAnotherProcess(dir)) {
                throw new StoreInUseException(dir);
            }
            throw e;
        }
        TextIndex text = OPEN_INDEXES.computeIfAbsent(dir.resolve(TEXT).toAbsolutePath(), SearchIndex::open);
        RightsGraph graph = new RightsGraph(database, shapes, registry, dataSetGraphs, StatisticsFile.read(dir.resolve(STATISTICS)), dir.resolve(DUMPS), text);
        return new StoredGraph(graph, dir, built);
    }

    /**
     * Removes every store in {@code root} but {@code keep}, and partial builds whose process has ended;
     * a store another live process has open (its lock names that process) is left alone.
     */
    static void retireOthers(Path root, Path keep) {
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

    private static void abandon(DatasetGraph database, Path dir) {
        if (database != null) {
            TDBInternal.expel(database, true);
        }
        deleteTree(dir);
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
