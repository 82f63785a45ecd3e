package org.w3id.unrights.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * How much each resource counts for beside how well its text matches a search: more the more the graph links to it
 * (up to {@value #LINKS_COUNTED} links), as with a name that many facts refer to, such as a mandate, against an
 * event that one source mentions. Text scores of names that differ by a word or two are close; this decides.
 *
 * <p>A resource's links are counted once and kept, since the graph a server answers from does not change: a
 * search's hits are hundreds of resources, and counting each one's links at every search was two fifths of its
 * time. At most {@value #KEPT} are kept (every resource the index holds, on the shipped data, many times over);
 * past that, each is counted again when asked. Call inside a read transaction of the dataset.
 */
public final class Priors {
    /** Links to a resource counted: enough to tell a much-cited name from a passing one. */
    static final int LINKS_COUNTED = 1000;
    private static final int KEPT = 500_000;

    private final DatasetGraph dataset;
    private final Map<Node, Float> known = new ConcurrentHashMap<>();

    /** @param dataset the graph searched, which must not change while these priors are used */
    public Priors(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The factor a hit's text score is multiplied by: 1 for a resource nothing links to, growing slowly. */
    float of(Node node) {
        Float prior = known.get(node);
        if (prior == null) {
            prior = counted(node);
            if (known.size() < KEPT) {
                known.put(node, prior);
            }
        }
        return prior;
    }

    private float counted(Node node) {
        long links = dataset.stream(Node.ANY, Node.ANY, Node.ANY, node).limit(LINKS_COUNTED).count();
        return 1f + (float) Math.log1p(links) / 4f;
    }
}
