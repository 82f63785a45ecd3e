package org.w3id.unrights.load;

import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * What the shapes cannot say about one kind's items: a check across fields, or triples that depend on which
 * fields are given. {@link KindSection} applies it after the generic fields; most kinds have none.
 */
interface KindRule {
    KindRule NONE = new KindRule() {
        @Override
        public Set<String> fields() {
            return Set.of();
        }

        @Override
        public void apply(Node node, String key, Item item, GraphWriter out) {}
    };

    /** The fields the rule reads itself, which the generic step leaves alone. */
    Set<String> fields();

    void apply(Node node, String key, Item item, GraphWriter out);
}
