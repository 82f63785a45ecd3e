package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unrights.vocab.Ids;

/**
 * The kinds of thing and the sections of the data files, read from the node shapes that declare them
 * ({@code unrsh:kind}, {@code unrsh:table}, {@code unrsh:section} and their companions; see the annotation
 * properties at the top of {@code ontology/shapes.ttl}). A new kind of fact is a node shape with these
 * annotations: the loaders, the site and the docs all take it from here.
 */
public final class KindMap {
    static final Node KIND = term("kind");
    static final Node TABLE = term("table");
    static final Node SECTION = term("section");
    static final Node ORDER = term("order");
    static final Node KEY_FORM = term("keyForm");
    static final Node KEY_PATTERN = term("keyPattern");
    static final Node KEY_FIELD = term("keyField");
    static final Node SHARED = term("shared");
    static final Node PLURAL = term("plural");
    static final Node FEATURED = term("featured");

    private final List<Kind> kinds;
    private final Map<String, Kind> byPath = new LinkedHashMap<>();
    private final List<DataSection> tables;
    private final List<DataSection> sections;

    private record Declared(Node shape, Node type, int order, Optional<Kind> kind, String table, String section, String keyField) {}

    private KindMap(Graph shapes) {
        List<Declared> declared = new ArrayList<>();
        for (Node shape : G.listPO(shapes, SHACL.targetClass, Node.ANY).stream().distinct().toList()) {
            Node type = G.getZeroOrOneSP(shapes, shape, SHACL.targetClass);
            Optional<String> path = text(shapes, shape, KIND);
            String table = text(shapes, shape, TABLE).orElse(null);
            String section = text(shapes, shape, SECTION).orElse(null);
            if (path.isEmpty() && table == null && section == null) {
                continue;
            }
            Optional<Kind> kind = path.map(p -> kind(shapes, shape, type, p));
            int order = text(shapes, shape, ORDER).map(Integer::parseInt).orElse(Integer.MAX_VALUE);
            declared.add(new Declared(shape, type, order, kind, table, section, text(shapes, shape, KEY_FIELD).orElse("key")));
        }
        declared.sort(Comparator.comparingInt(Declared::order).thenComparing(d -> d.type().getURI()));
        this.kinds = declared.stream().flatMap(d -> d.kind().stream()).toList();
        kinds.forEach(k -> {
            if (byPath.putIfAbsent(k.path(), k) != null) {
                throw new IllegalStateException("ontology/shapes.ttl: two node shapes declare the kind '" + k.path() + "'");
            }
        });
        Map<Node, Node> parentLinks = new LinkedHashMap<>();
        Map<Node, Node> parentTypes = new LinkedHashMap<>();
        for (Declared d : declared) {
            for (Node property : G.listSP(shapes, d.shape(), SHACL.property)) {
                Node path = G.getZeroOrOneSP(shapes, property, SHACL.path);
                Node parent = G.getZeroOrOneSP(shapes, property, SHACL.class_);
                Node inverse = path != null && path.isBlank() ? G.getZeroOrOneSP(shapes, path, SHACL.inversePath) : null;
                if (inverse != null && parent != null && d.section() != null) {
                    parentLinks.put(d.type(), inverse);
                    parentTypes.put(d.type(), parent);
                }
            }
        }
        List<DataSection> tables = new ArrayList<>();
        List<DataSection> sections = new ArrayList<>();
        for (Declared d : declared) {
            if (d.table() != null) {
                tables.add(section(d, d.table(), true, null, List.of()));
            } else if (d.section() != null && !parentLinks.containsKey(d.type())) {
                List<DataSection> nested = declared.stream()
                        .filter(n -> n.section() != null && d.type().equals(parentTypes.get(n.type())))
                        .map(n -> section(n, n.section(), false, parentLinks.get(n.type()), List.of())).toList();
                sections.add(section(d, d.section(), false, null, nested));
            }
        }
        this.tables = List.copyOf(tables);
        this.sections = List.copyOf(sections);
    }

    /** The kinds and sections the shapes declare. */
    public static KindMap of(Graph shapes) {
        return new KindMap(shapes);
    }

    /** Every kind, in reading order. */
    public List<Kind> kinds() {
        return kinds;
    }

    public Optional<Kind> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** A kind the code itself relies on (a state, a source); its absence from the shapes is a broken build. */
    public Kind get(String path) {
        return byPath(path).orElseThrow(() -> new NoSuchElementException("ontology/shapes.ttl declares no kind '" + path + "'"));
    }

    /** The kinds whose things may be actors: a reference to an actor is a key of one of these. */
    public List<Kind> actors() {
        return List.of(get("state"), get("body"), get("person"));
    }

    /** The reference tables ({@code data/reference/{name}.yaml}) in reading order. */
    public List<DataSection> tables() {
        return tables;
    }

    /** The sections of a source file in reading order, each with the sections nested in its items. */
    public List<DataSection> sections() {
        return sections;
    }

    /**
     * The IRIs of a kind's things as a template: {@code id/state/{key}}, or for items nested in another
     * section's, {@code id/ballot/{vote key}/{state}}.
     */
    public String iriTemplate(Kind kind) {
        for (DataSection section : sections) {
            for (DataSection nested : section.nested()) {
                if (nested.kind().filter(kind::equals).isPresent() && section.kind().isPresent()) {
                    return "id/" + kind.path() + "/{" + section.kind().get().path() + " key}/{" + nested.keyField() + "}";
                }
            }
        }
        return "id/" + kind.path() + "/{key}";
    }

    /** "States" for {@code state}; what is not a kind by its own name. */
    public String plural(String path) {
        if (path.isEmpty()) {
            return "Other";
        }
        String named = Character.toUpperCase(path.charAt(0)) + path.substring(1).replace('-', ' ');
        return byPath(path).map(Kind::plural).orElse(named.endsWith("s") ? named : named + "s");
    }

    private static Kind kind(Graph shapes, Node shape, Node type, String path) {
        Node form = G.getZeroOrOneSP(shapes, shape, KEY_FORM);
        Optional<String> pattern = form == null ? Optional.empty() : text(shapes, form, KEY_PATTERN);
        if (pattern.isEmpty()) {
            throw new IllegalStateException("ontology/shapes.ttl: the kind '" + path + "' (" + shape + ") needs a unrsh:keyForm with a unrsh:keyPattern");
        }
        String singular = text(shapes, shape, RDFS.label.asNode()).orElse(path);
        return new Kind(path, type, Pattern.compile(pattern.get()), text(shapes, form, RDFS.label.asNode()).orElse(pattern.get()),
                text(shapes, shape, SHARED).map(Boolean::parseBoolean).orElse(false), singular,
                text(shapes, shape, PLURAL).orElse(singular), text(shapes, shape, FEATURED).map(Boolean::parseBoolean).orElse(false));
    }

    private static DataSection section(Declared d, String name, boolean table, Node parentLink, List<DataSection> nested) {
        return new DataSection(name, d.type(), table, d.kind(), d.keyField(), parentLink, nested);
    }

    private static Optional<String> text(Graph graph, Node subject, Node predicate) {
        Node value = G.getZeroOrOneSP(graph, subject, predicate);
        return value != null && value.isLiteral() ? Optional.of(value.getLiteralLexicalForm()) : Optional.empty();
    }

    private static Node term(String local) {
        return NodeFactory.createURI(Ids.SHAPES + local);
    }
}
