package org.w3id.unrights.graph;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The built graph kept on disk in TDB2 instead of memory. The graph is always built and checked in memory
 * first (the same path for every store); this copies the result into the database in one transaction, so
 * a database never holds a half-loaded or unchecked graph.
 */
public final class Tdb2Store {
    private Tdb2Store() {}

    /** Replaces whatever the database in {@code dir} held with {@code built}; returns the graph backed by it. */
    public static RightsGraph persist(RightsGraph built, Path dir) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(dir.toString());
        DatasetGraph source = built.dataset();
        Txn.executeWrite(database, () -> {
            database.clear();
            Txn.executeRead(source, () -> {
                source.find().forEachRemaining(database::add);
                database.prefixes().putAll(source.prefixes());
            });
        });
        return built.backedBy(database);
    }
}
