package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.load.Field.Form;
import org.w3id.unrights.load.Field.Value;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Writes the triples of one data file into its named graph. The fields of an item are written by one generic
 * step, each converted by the form its shape declares ({@link FieldMap}); a section's own code adds only what
 * is irregular (keys, IRIs built from several fields, nested items). A wrong value is recorded as an error
 * naming file, line and field, and nothing is written for it.
 */
public final class GraphWriter {
    /** Fields every fact has that the fact step itself reads: inherited by nested items, or naming other fields. */
    static final Set<String> FACT_OWN = Set.of("locator", "certainty", "inferred", "inferenceNote", "incomplete");

    private final DatasetGraph target;
    private final Node graph;
    private final Node source;
    private final String sourceKey;
    private final Registry registry;
    private final Vocabularies vocabularies;
    private final FieldMap fieldMap;
    private final Problems problems;
    private final FactMarks marks = new FactMarks();

    /** @param source the source document's IRI, or null for reference tables */
    public GraphWriter(DatasetGraph target, Node graph, Node source, String sourceKey,
                       Registry registry, Vocabularies vocabularies, FieldMap fieldMap, Problems problems) {
        this.target = target;
        this.graph = graph;
        this.source = source;
        this.sourceKey = sourceKey;
        this.registry = registry;
        this.vocabularies = vocabularies;
        this.fieldMap = fieldMap;
        this.problems = problems;
    }

    /** The key of the source this file describes; null for reference tables. */
    public String sourceKey() {
        return sourceKey;
    }

    Vocabularies vocabularies() {
        return vocabularies;
    }

    FieldMap fieldMap() {
        return fieldMap;
    }

    /** The kinds the shapes declare, for the loaders that name one. */
    KindMap kinds() {
        return fieldMap.kinds();
    }

    public void add(Node subject, Node predicate, Node object) {
        target.add(graph, subject, predicate, object);
    }

    /** Adds a triple and remembers the field and line it came from, so a SHACL report can point back at them. */
    void put(Node subject, Node predicate, Node object, Item item, String field) {
        add(subject, predicate, object);
        registry.origins().field(subject, predicate, object, field, item.location(field));
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
     * A thing of a reference table or the source itself: its type and every field its class declares, but
     * those in {@code own}, which the caller writes.
     */
    public void thing(Node node, Node type, Item item, Set<String> own) {
        add(node, Std.rdfType, type);
        fields(node, type, item, own);
    }

    /** Every field {@code type} declares but those in {@code own}, without typing the node. */
    public void fields(Node node, Node type, Item item, Set<String> own) {
        fields(node, fieldMap.fields(type), item, own);
    }

    public boolean contains(Node subject, Node predicate, Node object) {
        return target.contains(graph, subject, predicate, object);
    }

    /**
     * A fact of this source: its type, {@code prov:wasDerivedFrom} the source, the item's required
     * {@code locator} and {@code certainty}, and every field of its class and of every fact but those in
     * {@code own}, which the caller writes. A second item of this file making the same node is an error.
     */
    public void fact(Node node, Node type, Item item, Set<String> own) {
        registry.claimFact(graph, node, item, "locator",
                "locators that differ only in case, spacing or punctuation name one passage", problems);
        String locator = item.required("locator");
        if (locator != null && LocatorKey.key(locator).isEmpty()) {
            item.error("locator", "'" + locator + "' names no passage: use a section, paragraph or note, e.g. para 4");
        } else if (locator != null) {
            put(node, Unr.locator, NodeFactory.createLiteralString(LocatorKey.text(locator)), item, "locator");
        }
        factFields(node, type, item, null, own);
    }

    /**
     * A fact that belongs to a parent fact (a paragraph, a ballot, a response count); its locator and
     * certainty are its own if it gives them, else its parent's. {@code keyField} is the child's field its IRI
     * is built from: two children of one parent with the same value are an error.
     */
    public void childFact(Node node, Node type, Item child, String keyField, Item parent, Set<String> own) {
        registry.claimFact(graph, node, child, keyField, null, problems);
        Item located = child.has("locator") ? child : parent;
        located.text("locator").ifPresent(locator ->
                put(node, Unr.locator, NodeFactory.createLiteralString(LocatorKey.text(locator)), located, "locator"));
        factFields(node, type, child, parent, own);
    }

    private void factFields(Node node, Node type, Item item, Item parent, Set<String> own) {
        add(node, Std.rdfType, type);
        add(node, Std.provWasDerivedFrom, source);
        marks.fact(node, item, parent, available(type, true), this);
        Set<String> skipped = new java.util.HashSet<>(own);
        skipped.addAll(FACT_OWN);
        fields(node, fieldMap.fields(type), item, skipped);
        fields(node, fieldMap.factFields(), item, FACT_OWN);
    }

    /** The source's own {@code inferred} list and {@code inferenceNote}. */
    public void sourceMarks(Node node, Item item) {
        marks.source(node, item, available(Unr.Source, false));
    }

    private List<Field> available(Node type, boolean fact) {
        List<Field> all = new ArrayList<>(fieldMap.fields(type));
        if (fact) {
            all.addAll(fieldMap.factFields());
        }
        return all;
    }

    /**
     * Ends the facts written since the last call: resolves the fields their {@code inferred} and
     * {@code incomplete} lists name.
     */
    public void finishFacts() {
        marks.resolve(this);
    }

    /** Writes each field of {@code fields} the item gives, but those in {@code own}. */
    private void fields(Node subject, List<Field> fields, Item item, Set<String> own) {
        for (Field field : fields) {
            if (!own.contains(field.name())) {
                write(subject, field, item);
            }
        }
    }

    private void write(Node subject, Field field, Item item) {
        if (field.required() && !field.many() && item.required(field.name()) == null) {
            return;
        }
        List<String> values = field.many() ? item.texts(field.name())
                : item.text(field.name()).map(List::of).orElse(List.of());
        if (field.required() && field.many() && values.isEmpty()) {
            item.error(field.name(), "is required: give one value or a list");
            return;
        }
        for (String text : values) {
            value(item, field.name(), field.value(), text, field)
                    .ifPresent(v -> field.paths().forEach(p -> put(subject, p, v, item, field.name())));
        }
    }

    /** Writes one value of a field as {@code predicate}, converted by {@code value}. */
    public Optional<Node> write(Node subject, Node predicate, Item item, String field, Value value, boolean required) {
        String text = required ? item.required(field) : item.text(field).orElse(null);
        Optional<Node> v = text == null ? Optional.empty() : value(item, field, value, text, null);
        v.ifPresent(o -> put(subject, predicate, o, item, field));
        return v;
    }

    /** One YAML value as an RDF term, by the form its field declares; empty after recording why not. */
    private Optional<Node> value(Item item, String field, Value value, String text, Field declared) {
        switch (value.form()) {
            case TEXT:
                if (declared != null && declared.pattern() != null && !text.matches(declared.pattern())) {
                    return fail(item, field, "'" + text + "' does not match " + declared.pattern()
                            + (declared.message() == null ? "" : ": " + declared.message()));
                }
                return Optional.of(NodeFactory.createLiteralString(text));
            case ENGLISH:
                return Optional.of(NodeFactory.createLiteralLang(text, "en"));
            case DATE:
                return Dates.literal(text).or(() -> fail(item, field, "'" + text + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"));
            case COUNT:
                return count(item, field, text);
            case DECIMAL:
                return decimal(item, field, text);
            case BOOL:
                return text.equals("true") || text.equals("false")
                        ? Optional.of(NodeFactory.createLiteralDT(text, XSDDatatype.XSDboolean))
                        : fail(item, field, "'" + text + "' is not true or false");
            case CONCEPT:
                return vocabularies.concept(value.scheme(), text)
                        .or(() -> fail(item, field, "'" + text + "' is not a concept of the " + value.scheme() + " scheme"));
            case ACTOR:
                return registry.actor(text, fieldMap.kinds().actors()).or(() -> fail(item, field, "'" + text + "' is not the key of a state, body or person"));
            case REF:
                return resolve(item, field, value.kind(), text);
            case TYPED_REF:
                return typedRef(item, field, text, value.kind());
            default:
                return fail(item, field, "has no generic form: the loader of its section must write it");
        }
    }

    private static Optional<Node> count(Item item, String field, String text) {
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return fail(item, field, "'" + text + "' is not a whole number");
        }
        return n < 0 ? fail(item, field, "must not be negative")
                : Optional.of(NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }

    /** A number as the source gives it, in the canonical form ("47.0") a TDB2 store also gives back. */
    private static Optional<Node> decimal(Item item, String field, String text) {
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return fail(item, field, "'" + text + "' is not a number such as 44 or 85.5");
        }
        String canonical = org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(new java.math.BigDecimal(text));
        return Optional.of(NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal));
    }

    private static Optional<Node> fail(Item item, String field, String message) {
        item.error(field, message);
        return Optional.empty();
    }

    /**
     * A required kind: a concept of {@code scheme} written with {@code predicate}, and the class the ontology
     * ties to that concept ({@code unr:kindConcept}) written as the subject's type.
     */
    public void kind(Node subject, Node predicate, Item item, String field, String scheme) {
        write(subject, predicate, item, field, new Value(Form.CONCEPT, scheme, null), true).ifPresent(kind ->
                vocabularies.classOf(kind).ifPresentOrElse(
                        type -> put(subject, Std.rdfType, type, item, field),
                        () -> item.error(field, "no class of the ontology has unr:kindConcept " + kind.getURI())));
    }

    /** The thing a required field refers to, without writing a triple: the subject of the item's facts. */
    public Optional<Node> subject(Item item, String field, Kind kind) {
        String key = item.required(field);
        return key == null ? Optional.empty() : resolve(item, field, kind, key);
    }

    private Optional<Node> resolve(Item item, String field, Kind kind, String key) {
        if (!kind.acceptsKey(key)) {
            return fail(item, field, "'" + key + "' is not a valid " + kind.path() + " key: use " + kind.keyForm());
        }
        return Optional.of(registry.expect(kind, key, item.location(field), field));
    }

    /** A reference written {@code kind:key}, or a plain key of {@code defaultKind} when there is one. */
    private Optional<Node> typedRef(Item item, String field, String value, Kind defaultKind) {
        int colon = value.indexOf(':');
        Optional<Kind> kind = colon < 0 ? Optional.ofNullable(defaultKind) : fieldMap.kinds().byPath(value.substring(0, colon));
        if (kind.isEmpty()) {
            return fail(item, field, "'" + value + "' must be written kind:key, with kind one of " + kindNames());
        }
        return resolve(item, field, kind.get(), colon < 0 ? value : value.substring(colon + 1));
    }

    private String kindNames() {
        return String.join(", ", fieldMap.kinds().kinds().stream().map(Kind::path).toList());
    }

    /** An IRI below {@code id/} built from stable keys, for nodes that belong to another (ballots, paragraphs). */
    public static Node child(String kind, String parentKey, String childKey) {
        return Ids.id(kind, parentKey + "/" + childKey);
    }
}
