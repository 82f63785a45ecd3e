package org.w3id.unrights.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.graph.ComputedGraph;
import org.w3id.unrights.graph.DataSet;
import org.w3id.unrights.graph.DataSetQuads;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.graph.StatisticsFile;
import org.w3id.unrights.graph.StreamStatistics;
import org.w3id.unrights.graph.Validation;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.search.SearchIndex;
import org.w3id.unrights.store.ContentHash;
import org.w3id.unrights.store.SortedLoader;
import org.w3id.unrights.store.StoreRoom;
import org.w3id.unrights.store.Tdb2Store;
import org.w3id.unrights.votes.VoteCollector;
import org.w3id.unrights.votes.VoteMatrix;

/**
 * The one way data becomes a {@link Publication}, for every entry point (server, commands, tests): named stages
 * run in order, into memory or into a TDB2 store.
 * <ol>
 *   <li><b>read</b> the ontology and the curated files ({@link GraphBuilder#curated()});</li>
 *   <li><b>check</b> them against the SHACL shapes; a violation stops the build, reported, before anything is
 *       written;</li>
 *   <li><b>load</b>: the curated graphs and then each data set streamed into the target (into memory, or
 *       through {@link SortedLoader}, which gives the nodes their ids as they pass and writes each index once from
 *       its sorted rows, into the store);</li>
 *   <li><b>count</b> what the graph holds ({@link Statistics}) as the quads pass ({@link StreamStatistics}), so
 *       that nothing is read back, and gather the voting record's matrix ({@link VoteCollector}); both kept
 *       with a store;</li>
 *   <li><b>compute</b> the counts of the facts per source, kind and certainty, and the passages naming each
 *       reference thing ({@link ComputedGraph}), into their own graph, from the few thousand facts just loaded;</li>
 *   <li><b>index</b> the text for search (in memory at first use without a store; on disk with one, begun on the
 *       curated graphs beside the load and ended after it, {@link SearchIndex.TwoPart});</li>
 *   <li><b>dumps</b>: left to {@link Dumps#write()}, called once the server listens, since none is needed to
 *       answer queries; each data file takes the curated graphs and sends the data sets again from their files
 *       ({@link DataSetQuads}) rather than reading the store back.</li>
 * </ol>
 * A store whose folder exists for this version of the data is opened as it is, with none of these stages.
 */
public final class Publisher {
    private final GraphBuilder sources;
    private final Progress progress;
    private final Runnable whenBuilding;
    private final StoreRoom.Disk disk;
    private final Release release = Release.current();
    /** The folder, inside a store being built, of the loader's rows that do not fit in memory. */
    private static final String SCRATCH = "load-scratch";

    private Publisher(GraphBuilder sources, Progress progress, Runnable whenBuilding, StoreRoom.Disk disk) {
        this.sources = sources;
        this.progress = progress;
        this.whenBuilding = whenBuilding;
        this.disk = disk;
    }

    /** A publisher of what {@code sources} reads, reporting each stage to {@code progress}. */
    public static Publisher of(GraphBuilder sources, Progress progress) {
        return new Publisher(sources, progress, () -> {}, StoreRoom.Disk.ACTUAL);
    }

    /**
     * The same publisher, running {@code action} before it builds (not when it reuses a store): the server puts
     * something on its port that tells clients the build is under way. If {@code action} throws, nothing is built.
     */
    public Publisher whenBuilding(Runnable action) {
        return new Publisher(sources, progress, action, disk);
    }

    /** The same publisher, asking {@code disk} (not the file system) how much room a store build has: for tests. */
    public Publisher onDisk(StoreRoom.Disk disk) {
        return new Publisher(sources, progress, whenBuilding, disk);
    }

    /** The publication built in memory; empty (with the violations reported) if the data breaks the shapes. */
    public Optional<Publication> inMemory() {
        whenBuilding.run();
        Optional<RightsGraph> checked = readAndCheck();
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        RightsGraph curated = checked.get();
        DatasetGraph dataset = curated.dataset();
        // The curated graphs are in the dataset already: only the data sets stream in, counted as they pass.
        VoteCollector votes = new VoteCollector(Set.copyOf(curated.dataSetGraphs()), StreamRDFLib.dataset(dataset));
        StreamStatistics counter = StreamStatistics.over(dataset, curated.dataSetGraphs(), votes);
        Supplier<Long> load = () -> Txn.calculateWrite(dataset, () -> {
            counter.start();
            long quads = sendDataSets(curated, counter, -1);
            counter.finish();
            return quads;
        });
        if (sources.dataSets().isEmpty()) {
            load.get();
        } else {
            progress.stage("load", load, n -> String.format("%,d quads from %d data set(s)", n, sources.dataSets().size()));
        }
        VoteMatrix matrix = votes.matrix();
        RightsGraph graph = curated.withVotes(() -> matrix);
        Statistics statistics = counter.statistics();
        reportCounts(statistics);
        compute(dataset);
        Dumps dumps = new Dumps(TemporaryFolder.removedAtExit("un-rights-dumps"), graph, DataSetQuads.replayed(sources.dataSets(), graph), statistics, release, progress);
        // Only the server's validators read the fingerprint: the commands need not hash the data for it.
        Supplier<String> fingerprint = () -> ContentHash.of(sources.dataDir(), sources.ontologyDir());
        return Optional.of(new Publication(graph, statistics, () -> SearchIndex.inMemory(dataset), dumps, release, fingerprint, null, true));
    }

    /**
     * The publication kept in the store folder {@code root} for this version of the data: opened if built, else
     * built first. Empty (with the violations reported) if the data breaks the shapes; then no store is written.
     * Throws {@link org.w3id.unrights.store.StoreInUseException} if another process has the store open.
     */
    public Optional<Publication> inStore(Path root) {
        String hash = ContentHash.of(sources.dataDir(), sources.ontologyDir());
        Tdb2Store store = Tdb2Store.in(root, hash);
        if (store.built()) {
            Optional<String> damage = store.damage();
            if (damage.isEmpty()) {
                return Optional.of(open(store, hash, sources::shapes, new Registry(), null, false));
            }
            progress.say("The store " + store.dir() + " is not as it was built (" + damage.get() + "): building it again");
            store.discard();
        }
        whenBuilding.run();
        progress.say("Building the store " + store.dir() + " (once for this version of the data)");
        Optional<RightsGraph> checked = readAndCheck();
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        RightsGraph curated = checked.get();
        long expected = lastBuildSize(root);
        Path partial = store.beginBuild();
        DatasetGraph database = null;
        // The text index starts on the curated graphs beside the load, which leaves some of the second core idle.
        CompletableFuture<SearchIndex.TwoPart> indexing = CompletableFuture.supplyAsync(
                () -> SearchIndex.TwoPart.begin(curated.dataset(), partial.resolve(Tdb2Store.TEXT)), DaemonThreads.named("index"));
        try {
            StoreRoom room = new StoreRoom(root, disk);
            room.requireForBuild(expected);
            database = Tdb2Store.database(partial);
            DatasetGraph target = database;
            Path votes = partial.resolve(Tdb2Store.VOTES);
            StreamStatistics counter = progress.stage("load", () -> loadIntoStore(curated, target, expected, votes, room),
                    c -> String.format("%,d quads", c.quads()));
            Statistics statistics = counter.statistics();
            reportCounts(statistics);
            StatisticsFile.write(statistics, partial.resolve(Tdb2Store.STATISTICS));
            compute(target);
            progress.stage("index", () -> {
                indexing.join().complete(target, curated.dataSetGraphs()).close();
                return partial;
            }, p -> "indexed names and texts for search");
            TDBInternal.expel(database);
            database = null;
            Tdb2Store.seal(partial);
        } catch (RuntimeException | Error e) {
            try {
                // Waited for, so that the index is closed before its folder goes with the rest.
                indexing.join().abandon();
            } catch (RuntimeException ignored) {
                // It failed too: nothing open to close.
            }
            Tdb2Store.abandon(partial, database);
            throw e;
        }
        store.commit(partial);
        return Optional.of(open(store, hash, curated::shapes, curated.registry(), curated, true));
    }

    /**
     * The built store as a publication. Its dumps send the data sets again from their files, their rows pointing
     * at {@code curated} when the build has it at hand, else at the store itself (which holds the same curated
     * graphs; read only if a dump is missing).
     */
    private Publication open(Tdb2Store store, String hash, Supplier<Graph> shapes, Registry registry, RightsGraph curated,
                             boolean built) {
        // Lucene opens the index on the other core while the database opens and the server is put together; Jena
        // is initialised here first, since two threads initialising its classes at once can deadlock.
        JenaSystem.init();
        CompletableFuture<TextIndex> text = CompletableFuture.supplyAsync(store::openIndex, DaemonThreads.named("index"));
        DatasetGraph database = store.openDatabase();
        Statistics statistics = StatisticsFile.read(store.dir().resolve(Tdb2Store.STATISTICS));
        Path votes = store.dir().resolve(Tdb2Store.VOTES);
        RightsGraph graph = new RightsGraph(database, shapes, registry, sources.dataSetGraphs()).withVotes(() -> VoteMatrix.read(votes));
        DataSetQuads dataSetQuads = DataSetQuads.replayed(sources.dataSets(), curated != null ? curated : graph);
        Dumps dumps = new Dumps(store.dir().resolve(Tdb2Store.DUMPS), graph, dataSetQuads, statistics, release, progress);
        return new Publication(graph, statistics, () -> joined(text), dumps, release, () -> hash, store, built);
    }

    /** The index once open; an error opening it is thrown as it was thrown. */
    private static TextIndex joined(CompletableFuture<TextIndex> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Stages read and check: the curated graph, or empty once every SHACL violation is reported. */
    private Optional<RightsGraph> readAndCheck() {
        RightsGraph curated = progress.stage("read", sources::curated, g -> "read the ontology and " + g.sourceGraphs().size() + " curated graphs");
        List<Validation.Finding> findings = progress.stage("check", () -> Validation.check(curated),
                f -> f.isEmpty() ? "the curated graphs meet the shapes" : f.size() + " SHACL violation(s)");
        if (!findings.isEmpty()) {
            progress.say(findings.size() + " SHACL violation(s):");
            findings.forEach(f -> progress.say("  " + f));
            return Optional.empty();
        }
        return Optional.of(curated);
    }

    /**
     * Streams the curated graphs, then every data set, into the store's bulk loader, counting what passes
     * (so the store is never read back to be counted) and writing the vote matrix to {@code votes}; returns
     * the finished count. The stream stops, on this thread, before the disk is too full for the loader's indexes
     * ({@link StoreRoom#watching}).
     */
    private StreamStatistics loadIntoStore(RightsGraph curated, DatasetGraph database, long expected, Path votes, StoreRoom room) {
        SortedLoader loader = SortedLoader.into(database, votes.resolveSibling(SCRATCH));
        StreamStatistics counter;
        VoteCollector collector = new VoteCollector(Set.copyOf(curated.dataSetGraphs()), room.watching(loader.stream()));
        loader.start();
        try {
            counter = StreamStatistics.over(curated.dataset(), curated.dataSetGraphs(), collector);
            counter.start();
            Txn.executeRead(curated.dataset(), () -> StreamRDFOps.sendDatasetToStream(curated.dataset(), counter));
            sendDataSets(curated, counter, expected);
            counter.finish();
            Duration indexes = loader.finish();
            progress.say(String.format("%-8s every node has its id; the indexes written from their sorted rows in %.1f s",
                    "", indexes.toMillis() / 1000.0));
            collector.matrix().write(votes);
        } catch (RuntimeException | Error e) {
            loader.abort();
            throw e;
        }
        Txn.executeWrite(database, () -> database.prefixes().putAll(curated.dataset().prefixes()));
        return counter;
    }

    /** Stage compute: the values of {@link ComputedGraph}, read from the loaded target and written into it. */
    private void compute(DatasetGraph target) {
        progress.stage("compute", () -> ComputedGraph.writeInto(target),
                n -> String.format("%,d triples of counts and lists in graph/computed", n));
    }

    /** Each data set's quads into {@code out}, counted on the live line; returns how many. */
    private long sendDataSets(RightsGraph curated, StreamRDF out, long expected) {
        Progress.Counting counting = progress.counting("load", out, expected);
        try {
            for (DataSet source : sources.dataSets()) {
                source.sendTo(curated, counting);
            }
        } finally {
            counting.end();
        }
        return counting.count();
    }

    /** The count stage's line: it took no time of its own, the counts were taken during the load. */
    private void reportCounts(Statistics statistics) {
        progress.say(String.format("%-8s %,d triples, %,d subjects, %d named graphs, as the quads passed", "count:",
                statistics.triples(), statistics.subjects(), statistics.triplesPerGraph().size()));
    }

    /**
     * The size of the newest store already in {@code root}, for the live line's estimate: a new version of the data
     * is seldom far from the last. None on a first build.
     */
    private static long lastBuildSize(Path root) {
        if (!Files.isDirectory(root)) {
            return -1;
        }
        try (Stream<Path> stores = Files.list(root)) {
            return stores.map(dir -> dir.resolve(Tdb2Store.STATISTICS)).filter(Files::isRegularFile)
                    .max(Comparator.comparing(Publisher::modified))
                    .map(file -> StatisticsFile.read(file).triplesPerGraph().values().stream().mapToLong(Long::longValue).sum())
                    .orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
