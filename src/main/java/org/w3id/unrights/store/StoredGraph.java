package org.w3id.unrights.store;

import java.nio.file.Path;

import org.apache.jena.tdb2.sys.TDBInternal;

import org.w3id.unrights.graph.RightsGraph;

/** A graph opened from its store in a store folder (see {@link Tdb2Store}), and what to do with the others. */
public final class StoredGraph implements AutoCloseable {
    private final RightsGraph graph;
    private final Path dir;
    private final boolean built;

    StoredGraph(RightsGraph graph, Path dir, boolean built) {
        this.graph = graph;
        this.dir = dir;
        this.built = built;
    }

    public RightsGraph graph() {
        return graph;
    }

    /** The store's folder, named by the hash of what it was built from. */
    public Path dir() {
        return dir;
    }

    /** Whether this run built the store (else it was reused as an earlier run left it). */
    public boolean built() {
        return built;
    }

    /**
     * Removes the store folder's other stores, built from other versions of the data. Call only once this
     * one is in use (the server listening), so that a failure before leaves the previous store intact.
     */
    public void retireOthers() {
        Tdb2Store.retireOthers(dir.getParent(), dir);
    }

    /** Releases the database, the text index and their locks. */
    @Override
    public void close() {
        TDBInternal.expel(graph.dataset(), true);
        Tdb2Store.closeIndex(dir);
    }
}
