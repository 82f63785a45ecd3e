package org.w3id.unrights.load;

import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Writes the triples of one data file into its named graph, turning each field into a checked RDF term.
 * Each method reads one field of an {@link Item}, records an error naming file, line and field when the
 * value is wrong, and writes nothing for that value.
 */
public final class GraphWriter {
    private final DatasetGraph target;
    private final Node graph;
    private final Node source;
    private final String sourceKey;
    private final Registry registry;
    private final Vocabularies vocabularies;
    private final Problems problems;
    private final FactMarks marks = new FactMarks();

    /** @param source the source document's IRI, or null for reference tables */
    public GraphWriter(DatasetGraph target, Node graph, Node source, String sourceKey,
                       Registry registry, Vocabularies vocabularies, Problems problems) {
        this.target = target;
        this.graph = graph;
        this.source = source;
        this.sourceKey = sourceKey;
        this.registry = registry;
        this.vocabularies = vocabularies;
        this.problems = problems;
    }

    /** The key of the source this file describes; null for reference tables. */
    public String sourceKey() {
        return sourceKey;
    }

    Vocabularies vocabularies() {
        return vocabularies;
    }

    public void add(Node subject, Node predicate, Node object) {
        target.add(graph, subject, predicate, object);
    }

    /** Defines the item's key as a thing of this kind; empty when the key is missing or wrong. */
    public Optional<Node> define(Kind kind, Item item, String field) {
        Optional<Node> defined = registry.define(kind, item.required(field), item, field, sourceKey, problems);
        if (defined.isEmpty()) {
            item.abandon();
        }
        return defined;
    }

    /**
     * Marks {@code node} as a fact of this source: its type, {@code prov:wasDerivedFrom} the source, the
     * item's required {@code locator} and {@code certainty}, and the other fields every fact may carry.
     */
    public void fact(Node node, Node type, Item item) {
        add(node, Std.rdfType, type);
        add(node, Std.provWasDerivedFrom, source);
        String locator = item.required("locator");
        if (locator != null) {
            add(node, Unr.locator, NodeFactory.createLiteralString(locator));
        }
        marks.fact(node, item, null, this);
    }

    /**
     * Marks a node that belongs to a parent fact (a paragraph, a ballot, a response count) as a fact of this
     * source; its locator and certainty are its own if it gives them, else its parent's.
     */
    public void childFact(Node node, Node type, Item child, Item parent) {
        add(node, Std.rdfType, type);
        add(node, Std.provWasDerivedFrom, source);
        child.text("locator").or(() -> parent.text("locator"))
                .ifPresent(locator -> add(node, Unr.locator, NodeFactory.createLiteralString(locator)));
        marks.fact(node, child, parent, this);
    }

    /** The source's own {@code inferred} list and {@code inferenceNote}. */
    public void sourceMarks(Node node, Item item) {
        marks.source(node, item);
    }

    /**
     * Ends the facts written since the last call: resolves the fields their {@code inferred} and
     * {@code incomplete} lists name, which the loader has written by now.
     */
    public void finishFacts() {
        marks.resolve(this);
    }

    public void text(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        item.text(field).ifPresent(v -> add(subject, predicate, NodeFactory.createLiteralString(v)));
    }

    /** Our own English words (names, labels, summaries) and quoted English words. */
    public void english(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        item.text(field).ifPresent(v -> add(subject, predicate, NodeFactory.createLiteralLang(v, "en")));
    }

    /** The required {@code rdfs:label} of a thing, from its {@code name} or {@code label} field. */
    public void label(Node subject, Item item, String field) {
        item.writtenAs(field, Std.rdfsLabel);
        String value = item.required(field);
        if (value != null) {
            add(subject, Std.rdfsLabel, NodeFactory.createLiteralLang(value, "en"));
        }
    }

    /** A required code that must match {@code pattern}, written as a plain string. */
    public Optional<String> code(Node subject, Node predicate, Item item, String field, String pattern, String form) {
        item.writtenAs(field, predicate);
        String value = item.required(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches(pattern)) {
            item.error(field, "'" + value + "' must be " + form);
            return Optional.empty();
        }
        add(subject, predicate, NodeFactory.createLiteralString(value));
        return Optional.of(value);
    }

    public void englishList(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        for (String v : item.texts(field)) {
            add(subject, predicate, NodeFactory.createLiteralLang(v, "en"));
        }
    }

    public void date(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        item.text(field).ifPresent(v -> Dates.literal(v).ifPresentOrElse(
                d -> add(subject, predicate, d),
                () -> item.error(field, "'" + v + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")));
    }

    public void count(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        item.integer(field).ifPresent(n -> {
            if (n < 0) {
                item.error(field, "must not be negative");
            } else {
                add(subject, predicate, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
            }
        });
    }

    /** A number as the source gives it, whole or with decimals (a share, a percentage), as xsd:decimal. */
    public void decimal(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        item.text(field).ifPresent(v -> {
            if (v.matches("-?[0-9]+(\\.[0-9]+)?")) {
                // the canonical form ("47.0"), which a TDB2 store also gives back, so both stores hold one term
                String canonical = org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(new java.math.BigDecimal(v));
                add(subject, predicate, NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal));
            } else {
                item.error(field, "'" + v + "' is not a number such as 44 or 85.5");
            }
        });
    }

    public void bool(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        item.bool(field).ifPresent(b -> add(subject, predicate,
                NodeFactory.createLiteralDT(b.toString(), XSDDatatype.XSDboolean)));
    }

    public Optional<Node> concept(Node subject, Node predicate, Item item, String field, String scheme) {
        item.writtenAs(field, predicate);
        return item.text(field).flatMap(v -> conceptValue(subject, predicate, item, field, scheme, v));
    }

    public Optional<Node> requiredConcept(Node subject, Node predicate, Item item, String field, String scheme) {
        item.writtenAs(field, predicate);
        String value = item.required(field);
        return value == null ? Optional.empty() : conceptValue(subject, predicate, item, field, scheme, value);
    }

    /**
     * A required kind: a concept of {@code scheme} written with {@code predicate}, and the class the ontology
     * ties to that concept ({@code unr:kindConcept}) written as the subject's type.
     */
    public void kind(Node subject, Node predicate, Item item, String field, String scheme) {
        item.writtenAs(field, predicate);
        requiredConcept(subject, predicate, item, field, scheme).ifPresent(kind -> vocabularies.classOf(kind).ifPresentOrElse(
                type -> add(subject, Std.rdfType, type),
                () -> item.error(field, "no class of the ontology has unr:kindConcept " + kind.getURI())));
    }

    public void concepts(Node subject, Node predicate, Item item, String field, String scheme) {
        item.writtenAs(field, predicate);
        for (String v : item.texts(field)) {
            conceptValue(subject, predicate, item, field, scheme, v);
        }
    }

    private Optional<Node> conceptValue(Node subject, Node predicate, Item item, String field, String scheme, String key) {
        item.writtenAs(field, predicate);
        Optional<Node> concept = vocabularies.concept(scheme, key);
        concept.ifPresentOrElse(c -> add(subject, predicate, c),
                () -> item.error(field, "'" + key + "' is not a concept of the " + scheme + " scheme"));
        return concept;
    }

    /** A state, body or person, by key. */
    public Optional<Node> actor(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        return item.text(field).flatMap(key -> actorValue(subject, predicate, item, field, key));
    }

    public void actors(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        for (String key : item.texts(field)) {
            actorValue(subject, predicate, item, field, key);
        }
    }

    private Optional<Node> actorValue(Node subject, Node predicate, Item item, String field, String key) {
        item.writtenAs(field, predicate);
        Optional<Node> actor = registry.actor(key);
        actor.ifPresentOrElse(a -> add(subject, predicate, a),
                () -> item.error(field, "'" + key + "' is not the key of a state, body or person"));
        return actor;
    }

    /** A thing of one kind, by key; checked once all files are read. */
    public Optional<Node> ref(Node subject, Node predicate, Item item, String field, Kind kind) {
        item.writtenAs(field, predicate);
        return item.text(field).flatMap(key -> refValue(subject, predicate, item, field, kind, key));
    }

    public void refs(Node subject, Node predicate, Item item, String field, Kind kind) {
        item.writtenAs(field, predicate);
        for (String key : item.texts(field)) {
            refValue(subject, predicate, item, field, kind, key);
        }
    }

    /** The thing a required field refers to, without writing a triple: the subject of the item's facts. */
    public Optional<Node> subject(Item item, String field, Kind kind) {
        String key = item.required(field);
        return key == null ? Optional.empty() : resolve(item, field, kind, key);
    }

    private Optional<Node> refValue(Node subject, Node predicate, Item item, String field, Kind kind, String key) {
        item.writtenAs(field, predicate);
        Optional<Node> iri = resolve(item, field, kind, key);
        iri.ifPresent(o -> add(subject, predicate, o));
        return iri;
    }

    private Optional<Node> resolve(Item item, String field, Kind kind, String key) {
        if (!kind.acceptsKey(key)) {
            item.error(field, "'" + key + "' is not a valid " + kind.path() + " key: use " + kind.keyForm());
            return Optional.empty();
        }
        return Optional.of(registry.expect(kind, key, item.location(field), field));
    }

    /** References written {@code kind:key}, to things of any kind. */
    public void typedRefs(Node subject, Node predicate, Item item, String field) {
        item.writtenAs(field, predicate);
        for (String value : item.texts(field)) {
            typedRefValue(subject, predicate, item, field, value, null);
        }
    }

    /** One reference written {@code kind:key}, or a plain key of {@code defaultKind}. */
    public Optional<Node> typedRef(Node subject, Node predicate, Item item, String field, Kind defaultKind) {
        item.writtenAs(field, predicate);
        return item.text(field).flatMap(value -> typedRefValue(subject, predicate, item, field, value, defaultKind));
    }

    private Optional<Node> typedRefValue(Node subject, Node predicate, Item item, String field, String value, Kind defaultKind) {
        item.writtenAs(field, predicate);
        int colon = value.indexOf(':');
        Optional<Kind> kind = colon < 0 ? Optional.ofNullable(defaultKind) : Kind.byPath(value.substring(0, colon));
        if (kind.isEmpty()) {
            item.error(field, "'" + value + "' must be written kind:key, with kind one of " + kindNames());
            return Optional.empty();
        }
        return refValue(subject, predicate, item, field, kind.get(), colon < 0 ? value : value.substring(colon + 1));
    }

    private static String kindNames() {
        return String.join(", ", List.of(Kind.values()).stream().map(Kind::path).toList());
    }

    /** An IRI below {@code id/} built from stable keys, for nodes that belong to another (ballots, paragraphs). */
    public static Node child(String kind, String parentKey, String childKey) {
        return Ids.id(kind, parentKey + "/" + childKey);
    }
}
