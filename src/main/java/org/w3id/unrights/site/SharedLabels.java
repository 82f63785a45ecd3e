package org.w3id.unrights.site;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The labels of one served dataset, made once for every request: a publication does not change while it is
 * served, so a label made from its facts holds until the server stops. Most links on pages and in search results
 * are to the same few thousand things (states, bodies, mechanisms, resolutions), whose titles are each made from
 * several look-ups. Bounded; Caffeine's admission keeps the labels asked for often when a long listing passes
 * through.
 */
public final class SharedLabels {
    /** Labels kept at most: about 20 MB. */
    static final long MOST = 100_000;

    private final DatasetGraph dataset;
    private final Cache<Node, String> made = Caffeine.newBuilder().maximumSize(MOST).build();

    /** @param dataset a dataset that does not change while these labels are used */
    public SharedLabels(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The labels for one request, which looks in its own cache, then in this one. Use inside a read transaction. */
    public Labels forRequest() {
        return new Labels(dataset, made);
    }
}
