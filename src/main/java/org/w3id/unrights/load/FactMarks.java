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

    private record Pending(Node node, Item item, Optional<Node> certainty) {}

    private final List<Pending> pending = new ArrayList<>();

    /**
     * Writes the certainty of a fact node, its own or (for a paragraph, ballot or response) its parent's,
     * and the other shared fields; {@code parent} is null for an item of a section.
     */
    void fact(Node node, Item item, Item parent, GraphWriter out) {
        Optional<Node> certainty;
        if (parent == null || item.has(SCHEME)) {
            certainty = out.requiredConcept(node, Unr.certainty, item, SCHEME, SCHEME);
        } else {
            certainty = parent.text(SCHEME).flatMap(key -> out.vocabularies().concept(SCHEME, key));
            certainty.ifPresent(c -> out.add(node, Unr.certainty, c));
        }
        out.actor(node, Unr.claimedBy, item, "claimedBy");
        out.date(node, Unr.expectedDate, item, "expectedDate");
        out.english(node, Unr.sourceWording, item, "sourceWording");
        item.readLater(LISTS);
        pending.add(new Pending(node, item, certainty));
    }

    /** A source's own marks: only which of its values were deduced, and why. */
    void source(Node node, Item item) {
        item.readLater(LISTS);
        pending.add(new Pending(node, item, Optional.empty()));
    }

    /** Resolves the field lists of every item since the last call, now that their fields are written. */
    void resolve(GraphWriter out) {
        for (Pending p : pending) {
            inferred(p.node(), p.item(), out);
            for (Node property : properties(p.item(), "incomplete")) {
                out.add(p.node(), Unr.incompleteProperty, property);
            }
            if (p.certainty().filter(NOT_YET::contains).isPresent()) {
                noActualDates(p.item(), p.certainty().get());
            }
        }
        pending.clear();
    }

    private void inferred(Node node, Item item, GraphWriter out) {
        List<Node> properties = properties(item, "inferred");
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
        out.add(node, Unr.inferred, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        properties.forEach(p -> out.add(node, Unr.inferredProperty, p));
        note.ifPresent(n -> out.add(node, Unr.inferenceNote, NodeFactory.createLiteralString(n)));
    }

    /** The properties that the fields named in {@code listField} are written as. */
    private static List<Node> properties(Item item, String listField) {
        List<Node> properties = new ArrayList<>();
        for (String field : item.texts(listField)) {
            Optional<Node> property = item.has(field) ? item.writtenAs(field) : Optional.empty();
            property.ifPresentOrElse(properties::add, () -> item.error(listField,
                    "'" + field + "' is not a field this item gives a value for"));
        }
        return properties;
    }

    private static void noActualDates(Item item, Node certainty) {
        String key = certainty.getURI().substring(certainty.getURI().lastIndexOf('/') + 1);
        for (String field : item.fieldNames()) {
            item.writtenAs(field).filter(ACTUAL_DATES::contains).ifPresent(p -> item.error(field,
                    "is a date of what happened, not allowed when certainty is " + key
                            + ": give the date it was to happen as expectedDate"));
        }
    }
}
