package org.w3id.unrights.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * Loads triples and quads into a new, empty TDB2 database by sorting, not by inserting: each node gets its id as
 * the quads pass (on a thread of its own, in arrival order, as Jena's phased loader gives them), the rows of ids
 * are kept ({@link NodeIdRows}), and at the end each index is written in one pass from its rows sorted into its
 * order, by Jena's B+tree packer ({@link BPlusTreeRewriter}, what {@code tdb2.xloader} builds its indexes with).
 * Inserting rows one by one into six B+trees, as the phased loader does, spends most of a load comparing records
 * inside the trees; sorting rows of longs costs a fraction of that. The database holds the same nodes, ids and
 * index entries as one the phased loader writes from the same stream.
 * <p>
 * Use: {@link #start()}, send to {@link #stream()} from one thread, then {@link #finish()}, or {@link #abort()}
 * after a failure. The database must be empty and used by nothing else meanwhile (TDB2's exclusive mode is held).
 */
public final class SortedLoader {
    /** Rows a chunk holds in memory before it goes to a file: 128 MB of quads. */
    static final int CHUNK_ROWS = 4 << 20;
    /** Quads handed to the node thread at a time. */
    private static final int BATCH = 5_000;
    private static final List<Quad> END = List.of();

    private final DatasetGraphTDB database;
    private final NodeTable nodes;
    private final Path scratch;
    private final NodeIdRows triples;
    private final NodeIdRows quads;
    private final BlockingQueue<List<Quad>> batches = new ArrayBlockingQueue<>(16);
    private final Thread nodeThread;
    private List<Quad> batch = new ArrayList<>(BATCH);
    private volatile Throwable nodeFailure;
    private boolean exclusive;

    private SortedLoader(DatasetGraph database, Path scratch, int chunkRows) {
        this.database = TDBInternal.getDatasetGraphTDB(database);
        this.nodes = this.database.getQuadTable().getNodeTupleTable().getNodeTable();
        if (this.database.getTripleTable().getNodeTupleTable().getNodeTable() != nodes) {
            throw new IllegalStateException("the database's triples and quads have different node tables");
        }
        this.scratch = scratch;
        this.triples = new NodeIdRows(3, chunkRows, scratch, "triples");
        this.quads = new NodeIdRows(4, chunkRows, scratch, "quads");
        this.nodeThread = new Thread(this::giveIds, "load-nodes");
        this.nodeThread.setDaemon(true);
    }

    /** A loader into {@code database}, an empty TDB2 database, its spilled rows under {@code scratch}. */
    public static SortedLoader into(DatasetGraph database, Path scratch) {
        return new SortedLoader(database, scratch, CHUNK_ROWS);
    }

    /** The same with chunks of {@code chunkRows} rows: for tests of the rows that go to files. */
    static SortedLoader into(DatasetGraph database, Path scratch, int chunkRows) {
        return new SortedLoader(database, scratch, chunkRows);
    }

    /** Locks every other user out of the database and starts giving nodes their ids. */
    public void start() {
        database.getTxnSystem().getTxnMgr().startExclusiveMode();
        exclusive = true;
        nodeThread.start();
    }

    /** Where the triples and quads go; prefixes and base are not kept (the caller writes the prefixes). */
    public StreamRDF stream() {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }

            @Override
            public void quad(Quad quad) {
                batch.add(quad);
                if (batch.size() == BATCH) {
                    hand(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        };
    }

    /**
     * Waits for every node's id, then writes each index from its sorted rows (on up to two threads); returns how
     * long the indexes took, which the quads' count cannot show.
     */
    public Duration finish() {
        hand(batch);
        hand(END);
        join();
        long writing = System.nanoTime();
        if (nodeFailure != null) {
            throw failure(nodeFailure);
        }
        List<TupleIndex> indexes = Stream.of(database.getTripleTable(), database.getQuadTable())
                .flatMap(table -> Stream.of(table.getNodeTupleTable().getTupleTable().getIndexes()))
                .sorted(Comparator.comparing(TupleIndex::getName))
                .toList();
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "load-index");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (TupleIndex index : indexes) {
                NodeIdRows rows = index.getTupleLength() == 3 ? triples : quads;
                if (rows.size() > 0) {
                    writes.add(pool.submit(() -> write(index, rows)));
                }
            }
            for (Future<?> write : writes) {
                write.get();
            }
            return Duration.ofNanos(System.nanoTime() - writing);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the indexes", e);
        } finally {
            pool.shutdownNow();
            discardRows();
            endExclusive();
        }
    }

    /** Stops after a failure: the node thread ends, rows and scratch files go; the database is the caller's to remove. */
    public void abort() {
        if (nodeThread.isAlive()) {
            nodeFailure = nodeFailure != null ? nodeFailure : new IllegalStateException("the load was stopped");
            batches.clear();
            batches.offer(END);
            join();
        }
        discardRows();
        endExclusive();
    }

    private void hand(List<Quad> quadsToGive) {
        if (nodeFailure != null) {
            throw failure(nodeFailure);
        }
        try {
            batches.put(quadsToGive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    /** The node thread: each quad's nodes to ids, in one write transaction on the node table alone. */
    private void giveIds() {
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodes);
        CoLib.start(coordinator);
        Transaction transaction = coordinator.begin(TxnType.WRITE);
        byte[] bytes = new byte[NodeId.SIZE];
        // A triple's ids fill the first three places, a quad's all four: each set of rows takes as many as it holds.
        long[] row = new long[4];
        try {
            for (List<Quad> given = batches.take(); given != END; given = batches.take()) {
                if (nodeFailure != null) {
                    continue;
                }
                for (Quad quad : given) {
                    if (quad.isTriple() || quad.isDefaultGraph()) {
                        row[0] = id(quad.getSubject(), bytes);
                        row[1] = id(quad.getPredicate(), bytes);
                        row[2] = id(quad.getObject(), bytes);
                        triples.add(row);
                    } else {
                        row[0] = id(quad.getGraph(), bytes);
                        row[1] = id(quad.getSubject(), bytes);
                        row[2] = id(quad.getPredicate(), bytes);
                        row[3] = id(quad.getObject(), bytes);
                        quads.add(row);
                    }
                }
            }
            if (nodeFailure == null) {
                transaction.commit();
            } else {
                transaction.abort();
            }
        } catch (Throwable e) {
            nodeFailure = e;
            transaction.abort();
            // Whatever is still handed over is taken and dropped, so that the sender never waits on a full queue.
            while (batches.poll() != null) {
                // Dropped.
            }
        } finally {
            transaction.end();
        }
    }

    private long id(Node node, byte[] bytes) {
        NodeId id = nodes.getAllocateNodeId(node);
        NodeIdFactory.set(id, bytes, 0);
        return Bytes.getLong(bytes, 0);
    }

    /** Writes {@code index} from {@code rows}, in its own transaction, as the phased loader's index threads do. */
    private static void write(TupleIndex index, NodeIdRows rows) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        // The rows hold each tuple as it comes: subject, predicate, object, after the graph for quads.
        TupleMap map = TupleMap.create(rows.width() == 3 ? "SPO" : "GSPO", index.getName());
        int[] columns = new int[rows.width()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = map.getSlotIdx(i);
        }
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, records), records);
        try (NodeIdRows.Cursor sorted = rows.sorted(columns)) {
            CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(records(sorted, records), params, records,
                    tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                    tree.getRecordsMgr().getBlockMgr()));
        }
    }

    /** The cursor's rows as the index's records: each id's eight bytes, big-endian, one after another. */
    private static Iterator<Record> records(NodeIdRows.Cursor rows, RecordFactory factory) {
        return new Iterator<>() {
            private boolean ahead;
            private boolean more;

            @Override
            public boolean hasNext() {
                if (!ahead) {
                    more = rows.next();
                    ahead = true;
                }
                return more;
            }

            @Override
            public Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = false;
                long[] row = rows.row();
                byte[] key = new byte[row.length * NodeId.SIZE];
                for (int c = 0; c < row.length; c++) {
                    Bytes.setLong(row[c], key, c * NodeId.SIZE);
                }
                return factory.create(key);
            }
        };
    }

    private void join() {
        try {
            nodeThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    private void discardRows() {
        triples.discard();
        quads.discard();
        if (Files.isDirectory(scratch)) {
            try (Stream<Path> files = Files.list(scratch)) {
                if (files.findAny().isEmpty()) {
                    Files.delete(scratch);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void endExclusive() {
        if (exclusive) {
            exclusive = false;
            database.getTxnSystem().getTxnMgr().finishExclusiveMode();
        }
    }

    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
