package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * The fields any fact item may carry whatever its kind — how sure the source is ({@code certainty}), whose
 * claim it is, which values were deduced or left open — as agreed in data/README.md. The lists
 * {@code inferred} and {@code incomplete} name other fields of the item, so they are resolved once the
 * item's loader has written those fields and their properties are known.
 */
final class FactMarks {
    static final String SCHEME = "certainty";
    /** What happened, as opposed to what was expected or planned: dates that a plan never carries. */
    private static final Set<Node> ACTUAL_DATES =
            Set.of(Unr.date, Unr.startDate, Unr.endDate, Unr.established, Unr.outcomeDate);
    private static final Set<Node> NOT_YET =
            Set.of(Ids.concept(SCHEME, "expected"), Ids.concept(SCHEME, "planned"));

    /** The fields read when the item's other fields are written. */
    private static final String[] LISTS = {"inferred", "incomplete", "inferenceNote"};

    /** A node whose lists are still to resolve, with the fields its item may name in them. */
    private record Pending(Node node, Item item, Optional<Node> certainty, List<Field> fields) {}

    private final List<Pending> pending = new ArrayList<>();

    /**
     * Writes the certainty of a fact node, its own or (for a paragraph, ballot or response) its parent's,
     * and the other shared fields; {@code parent} is null for an item of a section.
     */
    void fact(Node node, Item item, Item parent, List<Field> fields, GraphWriter out) {
        Optional<Node> certainty;
        if (parent == null || item.has(SCHEME)) {
            certainty = out.write(node, Unr.certainty, item, SCHEME, new Field.Value(Field.Form.CONCEPT, SCHEME, null), true);
        } else {
            certainty = parent.text(SCHEME).flatMap(key -> out.vocabularies().concept(SCHEME, key));
            certainty.ifPresent(c -> out.put(node, Unr.certainty, c, parent, SCHEME));
        }
        item.readLater(LISTS);
        pending.add(new Pending(node, item, certainty, fields));
    }

    /** A source's own marks: only which of its values were deduced, and why. */
    void source(Node node, Item item, List<Field> fields) {
        item.readLater(LISTS);
        pending.add(new Pending(node, item, Optional.empty(), fields));
    }

    /** Resolves the field lists of every item since the last call, now that their fields are written. */
    void resolve(GraphWriter out) {
        for (Pending p : pending) {
            inferred(p, out);
            for (Node property : properties(p, "incomplete")) {
                out.put(p.node(), Unr.incompleteProperty, property, p.item(), "incomplete");
            }
            if (p.certainty().filter(NOT_YET::contains).isPresent()) {
                noActualDates(p, p.certainty().get());
            }
        }
        pending.clear();
    }

    private void inferred(Pending p, GraphWriter out) {
        Node node = p.node();
        Item item = p.item();
        List<Node> properties = properties(p, "inferred");
        Optional<String> note = item.text("inferenceNote");
        if (item.has("inferred") && note.isEmpty() && !item.has("inferenceNote")) {
            item.error("inferenceNote", "is required when inferred is given: say in a sentence how the values were deduced");
        }
        if (!item.has("inferred") && note.isPresent()) {
            item.error("inferenceNote", "is allowed only with inferred, the list of the fields deduced");
        }
        if (properties.isEmpty()) {
            return;
        }
        out.put(node, Unr.inferred, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), item, "inferred");
        properties.forEach(property -> out.put(node, Unr.inferredProperty, property, item, "inferred"));
        note.ifPresent(n -> out.put(node, Unr.inferenceNote, NodeFactory.createLiteralString(n), item, "inferenceNote"));
    }

    /** The properties that the fields named in {@code listField} are written as. */
    private static List<Node> properties(Pending p, String listField) {
        List<Node> properties = new ArrayList<>();
        for (String name : p.item().texts(listField)) {
            Optional<Field> field = p.item().has(name) ? field(p, name) : Optional.empty();
            field.ifPresentOrElse(f -> properties.addAll(f.paths()), () -> p.item().error(listField,
                    "'" + name + "' is not a field this item gives a value for"));
        }
        return properties;
    }

    private static Optional<Field> field(Pending p, String name) {
        return p.fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static void noActualDates(Pending p, Node certainty) {
        String key = certainty.getURI().substring(certainty.getURI().lastIndexOf('/') + 1);
        for (String name : p.item().fieldNames()) {
            field(p, name).filter(f -> f.paths().stream().anyMatch(ACTUAL_DATES::contains)).ifPresent(f -> p.item().error(name,
                    "is a date of what happened, not allowed when certainty is " + key
                            + ": give the date it was to happen as expectedDate"));
        }
    }
}
