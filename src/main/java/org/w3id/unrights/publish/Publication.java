package org.w3id.unrights.publish;

import java.util.Optional;
import java.util.function.Supplier;

import java.nio.file.Path;

import org.apache.jena.query.text.TextIndex;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.graph.DataSetQuads;
import org.w3id.unrights.graph.Once;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.store.Tdb2Store;

/**
 * What the {@link Publisher} made of one version of the data, and all that the server, the commands and the
 * tests take: the checked graph, its counts, its text index, its dumps, the release it is, and a fingerprint of
 * the data it was built from. The same whether it was built in memory or is kept in a store.
 */
public final class Publication implements AutoCloseable {
    private final RightsGraph graph;
    private final Statistics statistics;
    private final Supplier<TextIndex> textIndex;
    private final Dumps dumps;
    private final Release release;
    private final Supplier<String> fingerprint;
    private final Tdb2Store store;
    private final boolean built;

    Publication(RightsGraph graph, Statistics statistics, Supplier<TextIndex> textIndex, Dumps dumps, Release release,
                Supplier<String> fingerprint, Tdb2Store store, boolean built) {
        this.graph = graph;
        this.statistics = statistics;
        this.textIndex = Once.of(textIndex);
        this.dumps = dumps;
        this.release = release;
        this.fingerprint = Once.of(fingerprint);
        this.store = store;
        this.built = built;
    }

    public RightsGraph graph() {
        return graph;
    }

    /** The data sets' quads, sent again from their files for whatever writes them out (the dumps, a release). */
    public DataSetQuads dataSetQuads() {
        return dumps.dataSetQuads();
    }

    /** The counts published in VoID and on the landing page, taken once as the graph was built. */
    public Statistics statistics() {
        return statistics;
    }

    /** The text index of {@code /search} and {@code text:query}: on disk with a store, else made in memory at first use. */
    public TextIndex textIndex() {
        return textIndex.get();
    }

    public Dumps dumps() {
        return dumps;
    }

    public Release release() {
        return release;
    }

    /** A digest of the files the graph was built from and of the software, for validators that must change with them. */
    public String fingerprint() {
        return fingerprint.get();
    }

    /** The store's folder, for a publication kept in a store. */
    public Optional<Path> storeDir() {
        return Optional.ofNullable(store).map(Tdb2Store::dir);
    }

    /** Whether this process built it (else a store was reused as an earlier run left it). */
    public boolean built() {
        return built;
    }

    /**
     * Removes the stores of other versions of the data beside this one. Call once this one is in use (the server
     * listening), so that a failure before leaves the previous store as it was. Nothing to do in memory.
     */
    public void retireOthers() {
        if (store != null) {
            store.retireOthers();
        }
    }

    /** Releases a store's database, text index and their locks. */
    @Override
    public void close() {
        if (store != null) {
            textIndex.get(); // opened beside the server's start: let it finish, so that it is closed with the store
            store.close(graph.dataset());
        }
    }
}
