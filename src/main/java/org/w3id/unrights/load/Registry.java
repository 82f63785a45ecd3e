package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.vocab.Ids;

/**
 * Every key defined in the data, where, and by which source; and every reference still to be checked.
 * References are checked once all files are read, so a source may point at a fact another source defines.
 */
public final class Registry {
    /** Where a thing was first defined, and by which source (null for reference tables). */
    public record Definition(Kind kind, String key, FilePosition location, String sourceKey) {}

    private record Pending(Kind kind, String key, FilePosition location, String field) {}

    private final Map<Node, Definition> definitions = new LinkedHashMap<>();
    private final Map<Node, List<String>> definingSources = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    /** Fact nodes per graph and the item that made each, so that two items never merge into one node. */
    private final Map<Node, Map<Node, FilePosition>> facts = new HashMap<>();
    private final Origins origins = new Origins();

    /**
     * Defines {@code kind/key} from {@code item}'s field; returns its IRI, or empty after recording why not.
     * A key may be defined once per source; by several sources only if its kind is shared across sources.
     */
    public Optional<Node> define(Kind kind, String key, Item item, String field, String sourceKey, Problems problems) {
        if (key == null) {
            return Optional.empty();
        }
        if (!kind.acceptsKey(key)) {
            item.error(field, "'" + key + "' is not a valid " + kind.path() + " key: use " + kind.keyForm());
            return Optional.empty();
        }
        Node iri = Ids.id(kind.path(), key);
        Definition earlier = definitions.get(iri);
        if (earlier != null) {
            List<String> sources = definingSources.get(iri);
            boolean sameFile = sources.contains(sourceKey);
            if (sameFile || !kind.sharedAcrossSources() || sourceKey == null) {
                item.error(field, "duplicate " + kind.path() + " key '" + key + "', first defined at " + earlier.location());
                return Optional.empty();
            }
            sources.add(sourceKey);
            return Optional.of(iri);
        }
        definitions.put(iri, new Definition(kind, key, item.location(field), sourceKey));
        definingSources.computeIfAbsent(iri, x -> new ArrayList<>()).add(sourceKey);
        return Optional.of(iri);
    }

    /** The IRI of a thing of one of the {@code actors} kinds (state, body, person) with this key, if one is defined. */
    public Optional<Node> actor(String key, List<Kind> actors) {
        for (Kind kind : actors) {
            if (kind.acceptsKey(key)) {
                Node iri = Ids.id(kind.path(), key);
                if (definitions.containsKey(iri)) {
                    return Optional.of(iri);
                }
            }
        }
        return Optional.empty();
    }

    /** Notes a reference to check once everything is loaded; returns the IRI it will resolve to. */
    public Node expect(Kind kind, String key, FilePosition location, String field) {
        pending.add(new Pending(kind, key, location, field));
        return Ids.id(kind.path(), key);
    }

    /** Reports every reference to a key that no file defines. */
    public void checkReferences(Problems problems) {
        for (Pending ref : pending) {
            if (!definitions.containsKey(Ids.id(ref.kind().path(), ref.key()))) {
                problems.add(ref.location(), ref.field(), "no " + ref.kind().path() + " with key '" + ref.key() + "' is defined");
            }
        }
    }

    public Optional<Definition> definition(Node iri) {
        return Optional.ofNullable(definitions.get(iri));
    }

    /**
     * Claims {@code node} in {@code graph} for {@code item}. Fact nodes without a key of their own (a
     * mechanism fact, a paragraph, a ballot, a response) take their IRI from the values that identify them;
     * two items of one file with the same values would silently merge into one node, so the second is an
     * error naming both places.
     */
    public boolean claimFact(Node graph, Node node, Item item, String field, String hint, Problems problems) {
        FilePosition here = item.location(field);
        FilePosition earlier = facts.computeIfAbsent(graph, g -> new HashMap<>()).putIfAbsent(node, here);
        if (earlier != null) {
            item.error(field, "makes the same node as the item at " + earlier + " (" + shown(node)
                    + "); two items cannot describe one fact: give it once, or tell them apart" + (hint == null ? "" : " (" + hint + ")"));
            return false;
        }
        origins.node(node, item.location());
        return true;
    }

    /** Where each node and value came from, for reports on the built graph. */
    public Origins origins() {
        return origins;
    }

    /** The file and line that defined or first stated a thing. */
    public Optional<FilePosition> origin(Node node) {
        return definition(node).map(Definition::location).or(() -> origins.of(node));
    }

    /** {@code id/kind/key} rather than the whole IRI: what a curator recognises. */
    private static String shown(Node node) {
        String iri = node.getURI();
        return iri.startsWith(Ids.BASE) ? iri.substring(Ids.BASE.length()) : iri;
    }
}
