package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.unrights.load.Field.Form;
import org.w3id.unrights.load.Field.Value;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The fields of the data files, read from the SHACL shapes: each property shape marked with
 * {@code unrsh:field} states one field of the class its node shape targets ({@code sh:targetClass}, that class
 * only, not its subclasses), and those of the shape that targets every fact ({@code sh:targetSubjectsOf
 * prov:wasDerivedFrom}) are fields of every fact. So a field's name, property, form and whether it is required
 * are stated once, in the shape that also checks it.
 */
public final class FieldMap {
    static final Node FIELD = NodeFactory.createURI(Ids.SHAPES + "field");
    static final Node MANY = NodeFactory.createURI(Ids.SHAPES + "many");
    static final Node REQUIRED = NodeFactory.createURI(Ids.SHAPES + "required");
    private static final Node SH = NodeFactory.createURI("http://www.w3.org/ns/shacl#");
    private static final Node DATE_VALUE = NodeFactory.createURI(Ids.SHAPES + "DateValue");
    private static final Node TEXT_VALUE = NodeFactory.createURI(Ids.SHAPES + "TextValue");
    private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);

    private final Graph shapes;
    private final Graph ontology;
    private final KindMap kinds;
    private final Map<Node, List<Field>> byClass = new LinkedHashMap<>();
    private final List<Field> factFields;

    public FieldMap(Graph shapes, Graph ontology) {
        this.shapes = union(shapes, ontology);
        this.ontology = ontology;
        this.kinds = KindMap.of(shapes);
        Map<Node, Map<String, Field>> classes = new LinkedHashMap<>();
        Map<String, Field> facts = new LinkedHashMap<>();
        shapes.find(Node.ANY, sh("targetClass"), Node.ANY).forEachRemaining(t ->
                read(t.getSubject(), classes.computeIfAbsent(t.getObject(), c -> new LinkedHashMap<>())));
        shapes.find(Node.ANY, sh("targetSubjectsOf"), Std.provWasDerivedFrom).forEachRemaining(t -> read(t.getSubject(), facts));
        classes.forEach((c, fields) -> {
            if (!fields.isEmpty()) {
                byClass.put(c, List.copyOf(fields.values()));
            }
        });
        this.factFields = List.copyOf(facts.values());
    }

    /** The fields of an item whose node has exactly this class, in the order of their names. */
    public List<Field> fields(Node type) {
        return byClass.getOrDefault(type, List.of());
    }

    /** The kinds of thing and the sections of the data files the same shapes declare. */
    public KindMap kinds() {
        return kinds;
    }

    /** The fields every fact item may carry, whatever its class. */
    public List<Field> factFields() {
        return factFields;
    }

    /** Every class that has fields, for the generated tables. */
    public Set<Node> classes() {
        return Collections.unmodifiableSet(byClass.keySet());
    }

    private void read(Node nodeShape, Map<String, Field> fields) {
        Map<String, Field> found = new TreeMap<>();
        for (Triple t : shapes.find(nodeShape, sh("property"), Node.ANY).toList()) {
            Node property = t.getObject();
            Optional<String> name = literal(property, FIELD);
            Node path = one(property, sh("path"));
            if (name.isEmpty() || path == null || !path.isURI()) {
                continue;
            }
            Field earlier = found.get(name.get());
            List<Node> paths = new ArrayList<>(earlier == null ? List.of() : earlier.paths());
            paths.add(path);
            found.put(name.get(), new Field(name.get(), List.copyOf(paths),
                    earlier == null ? value(property) : earlier.value(),
                    (earlier != null && earlier.required()) || required(property),
                    shapes.contains(property, MANY, TRUE),
                    literal(property, sh("pattern")).orElse(null),
                    literal(property, sh("message")).orElse(null)));
        }
        fields.putAll(found);
    }

    private boolean required(Node property) {
        Node min = one(property, sh("minCount"));
        return shapes.contains(property, REQUIRED, TRUE) || (min != null && ((Number) min.getLiteralValue()).intValue() > 0);
    }

    /** The form of value from the shape: a datatype, a date or text node shape, a scheme, a class, an IRI. */
    private Value value(Node property) {
        Node datatype = one(property, sh("datatype"));
        if (datatype != null) {
            return Value.of(datatype.equals(XSD.integer.asNode()) ? Form.COUNT
                    : datatype.equals(XSD.decimal.asNode()) ? Form.DECIMAL
                    : datatype.equals(XSD.xboolean.asNode()) ? Form.BOOL
                    : datatype.equals(RDF.langString.asNode()) ? Form.ENGLISH
                    : datatype.equals(XSD.xstring.asNode()) ? Form.TEXT : Form.OTHER);
        }
        Node node = one(property, sh("node"));
        if (DATE_VALUE.equals(node)) {
            return Value.of(Form.DATE);
        }
        if (TEXT_VALUE.equals(node)) {
            return Value.of(Form.ENGLISH);
        }
        if (node != null) {
            Node scheme = schemeOf(node);
            return scheme == null ? Value.of(Form.OTHER) : new Value(Form.CONCEPT, scheme.getURI().substring(Ids.VOCAB.length()), null);
        }
        List<Node> classes = classes(property);
        if (!classes.isEmpty()) {
            return reference(classes);
        }
        return sh("IRI").equals(one(property, sh("nodeKind"))) ? new Value(Form.TYPED_REF, null, null) : Value.of(Form.OTHER);
    }

    /**
     * A reference to things of one class: an actor (state, body or person) by its key; a kind of thing by its
     * key; or, when things of other kinds belong to the class too (a resolution is a document), a key of the
     * class's own kind or {@code kind:key}.
     */
    private Value reference(List<Node> classes) {
        if (classes.stream().allMatch(c -> Set.of(Unr.Actor, Unr.State, Unr.Body, Unr.Person).contains(c)) && !classes.equals(List.of(Unr.State))
                && !classes.equals(List.of(Unr.Body)) && !classes.equals(List.of(Unr.Person))) {
            return Value.of(Form.ACTOR);
        }
        if (classes.size() != 1) {
            return Value.of(Form.OTHER);
        }
        Node type = classes.get(0);
        Kind own = null;
        int within = 0;
        for (Kind kind : kinds.kinds()) {
            if (kind.type().equals(type)) {
                own = kind;
            }
            if (subClassOf(kind.type(), type)) {
                within++;
            }
        }
        if (own == null) {
            return Value.of(Form.OTHER);
        }
        return new Value(within > 1 ? Form.TYPED_REF : Form.REF, null, own);
    }

    private List<Node> classes(Node property) {
        Node single = one(property, sh("class"));
        if (single != null) {
            return List.of(single);
        }
        Node list = one(property, sh("or"));
        List<Node> classes = new ArrayList<>();
        while (list != null && !list.equals(RDF.nil.asNode())) {
            Node member = one(list, RDF.first.asNode());
            Node c = member == null ? null : one(member, sh("class"));
            if (c == null) {
                return List.of();
            }
            classes.add(c);
            list = one(list, RDF.rest.asNode());
        }
        return classes;
    }

    private boolean subClassOf(Node sub, Node sup) {
        if (sub.equals(sup)) {
            return true;
        }
        return ontology.find(sub, RDFS.subClassOf.asNode(), Node.ANY).toList().stream().anyMatch(t -> subClassOf(t.getObject(), sup));
    }

    /** The scheme a helper shape holds concepts to ({@code skos:inScheme sh:hasValue}). */
    private Node schemeOf(Node nodeShape) {
        for (Triple t : shapes.find(nodeShape, sh("property"), Node.ANY).toList()) {
            if (SKOS.inScheme.asNode().equals(one(t.getObject(), sh("path")))) {
                return one(t.getObject(), sh("hasValue"));
            }
        }
        return null;
    }

    private Node one(Node subject, Node predicate) {
        List<Triple> found = shapes.find(subject, predicate, Node.ANY).toList();
        return found.isEmpty() ? null : found.get(0).getObject();
    }

    private Optional<String> literal(Node subject, Node predicate) {
        Node value = one(subject, predicate);
        return value != null && value.isLiteral() ? Optional.of(value.getLiteralLexicalForm()) : Optional.empty();
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH.getURI() + local);
    }

    private static Graph union(Graph a, Graph b) {
        Graph g = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(g::add);
        b.find().forEachRemaining(g::add);
        return g;
    }
}
