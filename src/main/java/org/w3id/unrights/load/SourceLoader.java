package org.w3id.unrights.load;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Unr;

/** The {@code source} section: the document a file's facts come from, described in its own graph. */
final class SourceLoader {
    /** The source block: its inferred list names other fields, so it is read with them written. */
    static final Section LAYOUT = Section.things("source", Unr.Source, Set.of("key", "inferred", "inferenceNote"));

    private SourceLoader() {}

    static void describe(Node source, Item item, GraphWriter out) {
        out.thing(source, Unr.Source, item, LAYOUT.own());
        out.sourceMarks(source, item);
    }
}
