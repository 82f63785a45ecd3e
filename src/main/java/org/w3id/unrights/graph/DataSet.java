package org.w3id.unrights.graph;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A data set too large to hold in memory (e.g. the General Assembly's roll calls): its loader streams quads,
 * in its own named graph, straight into whatever store is being built, and checks each row as it goes
 * instead of leaving it to SHACL. The store does not care where quads come from: the curated sources reach
 * it through the same kind of stream.
 */
public interface DataSet {
    /** A short name for progress lines and errors. */
    String name();

    /**
     * The graphs this source writes, known before it is read, so that a graph reopened from a store can tell
     * them from the curated graphs ({@link RightsGraph#isCurated}) and the load's counts know them as data-set graphs.
     * Every graph it writes must be named by it or by another source of the same build (a source that adds to
     * another's graph names none): the counts refuse a quad of a graph no source named.
     */
    default List<Node> graphs() {
        return List.of();
    }

    /**
     * Sends every quad to {@code out}, each once (a store would drop a repeat, but what counts the stream as it
     * passes, {@link StreamStatistics}, would not), the same quads in the same order at every call (the dumps send
     * them again, {@link DataSetQuads}, and must come out byte for byte the same), without calling {@code start} or {@code finish}; {@code curated} is the
     * checked curated graph its rows may point at (e.g. the reference tables). Throws
     * {@link org.w3id.unrights.diagnostics.DataException} naming file, line and field of a bad row, after which the
     * build is abandoned.
     */
    void sendTo(RightsGraph curated, StreamRDF out);
}
