package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.HasValueConstraint;
import org.apache.jena.shacl.engine.constraint.MinCount;
import org.apache.jena.shacl.engine.constraint.NodeKindConstraint;
import org.apache.jena.shacl.engine.constraint.PatternConstraint;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.system.G;
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
 * are stated once, in the shape that also checks it. The shapes are read as jena-shacl parses them for
 * validation (targets, property shapes, constraints); only our own annotations are read from the graph.
 */
public final class FieldMap {
    static final Node FIELD = NodeFactory.createURI(Ids.SHAPES + "field");
    static final Node MANY = NodeFactory.createURI(Ids.SHAPES + "many");
    static final Node REQUIRED = NodeFactory.createURI(Ids.SHAPES + "required");
    private static final Node DATE_VALUE = NodeFactory.createURI(Ids.SHAPES + "DateValue");
    private static final Node TEXT_VALUE = NodeFactory.createURI(Ids.SHAPES + "TextValue");

    private final Graph shapeGraph;
    private final Graph ontology;
    private final KindMap kinds;
    private final Map<Node, List<Field>> byClass = new LinkedHashMap<>();
    private final List<Field> factFields;

    public FieldMap(Graph shapes, Graph ontology) {
        this.shapeGraph = shapes;
        this.ontology = ontology;
        this.kinds = KindMap.of(shapes);
        Map<Node, Map<String, Field>> classes = new LinkedHashMap<>();
        Map<String, Field> facts = new LinkedHashMap<>();
        for (Shape shape : Shapes.parse(shapes).getTargetShapes()) {
            for (Target target : shape.getTargets()) {
                if (target.getTargetType() == TargetType.targetClass) {
                    read(shape, classes.computeIfAbsent(target.getObject(), c -> new LinkedHashMap<>()));
                } else if (target.getTargetType() == TargetType.targetSubjectsOf && Std.provWasDerivedFrom.equals(target.getObject())) {
                    read(shape, facts);
                }
            }
        }
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

    /** The property shapes of {@code shape} that name a field: a field may be written as several properties, kept in IRI order. */
    private void read(Shape shape, Map<String, Field> fields) {
        Map<String, Field> found = new TreeMap<>();
        for (PropertyShape property : shape.getPropertyShapes()) {
            Optional<String> name = annotation(property, FIELD);
            if (name.isEmpty() || !(property.getPath() instanceof P_Link link)) {
                continue;
            }
            Field earlier = found.get(name.get());
            List<Node> paths = new ArrayList<>(earlier == null ? List.of() : earlier.paths());
            paths.add(link.getNode());
            paths.sort(Comparator.comparing(Node::getURI));
            found.put(name.get(), new Field(name.get(), List.copyOf(paths),
                    earlier == null ? value(property) : earlier.value(),
                    (earlier != null && earlier.required()) || required(property),
                    annotation(property, MANY).map(Boolean::parseBoolean).orElse(false),
                    constraint(property, PatternConstraint.class).map(PatternConstraint::getPattern).orElse(null),
                    property.getMessages().stream().findFirst().map(Node::getLiteralLexicalForm).orElse(null)));
        }
        fields.putAll(found);
    }

    private boolean required(PropertyShape property) {
        return annotation(property, REQUIRED).map(Boolean::parseBoolean).orElse(false)
                || constraint(property, MinCount.class).filter(min -> min.getMinCount() > 0).isPresent();
    }

    /** The form of value from the shape: a datatype, a date or text node shape, a scheme, a class, an IRI. */
    private Value value(PropertyShape property) {
        Optional<Node> datatype = constraint(property, DatatypeConstraint.class).map(DatatypeConstraint::getDatatype);
        if (datatype.isPresent()) {
            Node d = datatype.get();
            return Value.of(d.equals(XSD.integer.asNode()) ? Form.COUNT
                    : d.equals(XSD.decimal.asNode()) ? Form.DECIMAL
                    : d.equals(XSD.xboolean.asNode()) ? Form.BOOL
                    : d.equals(RDF.langString.asNode()) ? Form.ENGLISH
                    : d.equals(XSD.xstring.asNode()) ? Form.TEXT : Form.OTHER);
        }
        Optional<Shape> node = constraint(property, ShNode.class).map(ShNode::getOther);
        if (node.isPresent()) {
            Node shapeNode = node.get().getShapeNode();
            if (DATE_VALUE.equals(shapeNode)) {
                return Value.of(Form.DATE);
            }
            if (TEXT_VALUE.equals(shapeNode)) {
                return Value.of(Form.ENGLISH);
            }
            return schemeOf(node.get()).map(scheme -> new Value(Form.CONCEPT, scheme.getURI().substring(Ids.VOCAB.length()), null))
                    .orElse(Value.of(Form.OTHER));
        }
        List<Node> classes = classes(property);
        if (!classes.isEmpty()) {
            return reference(classes);
        }
        return constraint(property, NodeKindConstraint.class).filter(k -> SHACL.IRI.equals(k.getKind())).isPresent()
                ? new Value(Form.TYPED_REF, null, null) : Value.of(Form.OTHER);
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

    /** {@code sh:class C}, or {@code sh:or} of shapes that are each one {@code sh:class}. */
    private static List<Node> classes(PropertyShape property) {
        Optional<Node> single = constraint(property, ClassConstraint.class).map(ClassConstraint::getExpectedClass);
        if (single.isPresent()) {
            return List.of(single.get());
        }
        List<Node> classes = new ArrayList<>();
        for (Shape member : constraint(property, ShOr.class).map(ShOr::getOthers).orElse(List.of())) {
            Optional<Node> c = constraint(member, ClassConstraint.class).map(ClassConstraint::getExpectedClass);
            if (c.isEmpty()) {
                return List.of();
            }
            classes.add(c.get());
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
    private static Optional<Node> schemeOf(Shape helper) {
        return helper.getPropertyShapes().stream()
                .filter(p -> p.getPath() instanceof P_Link link && SKOS.inScheme.asNode().equals(link.getNode()))
                .flatMap(p -> constraint(p, HasValueConstraint.class).stream()).map(HasValueConstraint::getValue).findFirst();
    }

    private static <C extends Constraint> Optional<C> constraint(Shape shape, Class<C> type) {
        return shape.getConstraints().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Our own annotations, which the SHACL engine does not read: from the shapes graph itself. */
    private Optional<String> annotation(Shape shape, Node predicate) {
        Node value = G.getZeroOrOneSP(shapeGraph, shape.getShapeNode(), predicate);
        return value != null && value.isLiteral() ? Optional.of(value.getLiteralLexicalForm()) : Optional.empty();
    }
}
