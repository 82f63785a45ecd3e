package org.w3id.unrights.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;

/**
 * One fixed Turtle layout for the ontology files, so that a diff shows only real changes and two people who
 * make the same edit get the same file. The layout: the file's leading comment, the prefixes it uses sorted
 * by name, then the {@link TurtleSections sections}; in a section the subjects sorted as written (a concept scheme first); per subject the
 * predicates in {@link #PREDICATE_ORDER}, then the others by name; objects sorted; blank nodes used once
 * written inline, RDF lists as {@code ( … )}. The same graph always gives the same text.
 */
public final class CanonicalTurtle {
    /** Predicates that come first, in this order: what a term is, its names, its place, then its meaning. */
    private static final List<Node> PREDICATE_ORDER = List.of(
            RDF.Nodes.type, OWL.versionIRI.asNode(), OWL.versionInfo.asNode(), OWL.priorVersion.asNode(),
            RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), Std.dctTitle,
            SKOS.inScheme.asNode(), SKOS.topConceptOf.asNode(), SKOS.notation.asNode(),
            RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), OWL.equivalentClass.asNode(),
            OWL.equivalentProperty.asNode(), OWL.inverseOf.asNode(), RDFS.domain.asNode(), Std.schemaDomainIncludes,
            RDFS.range.asNode(), Std.schemaRangeIncludes, SKOS.definition.asNode(), RDFS.comment.asNode(),
            SKOS.scopeNote.asNode(), SKOS.example.asNode(),
            SHACL.path, SHACL.targetClass, SHACL.targetSubjectsOf, SHACL.targetObjectsOf, SHACL.targetNode);
    /** Predicates that come last, in this order: a shape's name and message, and where a term is defined. */
    private static final List<Node> PREDICATE_TAIL = List.of(SHACL.name, SHACL.message, RDFS.isDefinedBy.asNode());
    private static final int WIDTH = 110;
    private static final String INDENT = "    ";
    private static final String RULE = "# " + "-".repeat(105);
    private static final Pattern PREFIX_NAME = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");

    private final Graph graph;
    private final TurtleTerms terms;
    private final Map<Node, Integer> references = new HashMap<>();
    private int written;

    private CanonicalTurtle(Graph graph, Map<String, String> prefixes) {
        this.graph = graph;
        this.terms = new TurtleTerms(prefixes);
        graph.find().forEachRemaining(t -> {
            if (t.getObject().isBlank()) {
                references.merge(t.getObject(), 1, Integer::sum);
            }
        });
        references.forEach((node, count) -> {
            if (count > 1) {
                throw new IllegalArgumentException("a blank node is the object of " + count
                        + " triples; give it an IRI (canonical Turtle writes each blank node in one place)");
            }
        });
    }

    /**
     * The canonical text of {@code graph}.
     *
     * @param header   comment lines to open the file with, each starting with {@code #}
     * @param declared prefixes the source file declared; kept where they do not clash with the project's own
     */
    public static String write(Graph graph, List<String> header, PrefixMapping declared) {
        CanonicalTurtle writer = new CanonicalTurtle(graph, prefixes(graph, declared));
        String body = writer.body();
        if (writer.written != graph.size()) {
            throw new IllegalStateException("wrote " + writer.written + " of " + graph.size()
                    + " triples: the graph holds a cycle of blank nodes, which Turtle cannot nest");
        }
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        if (!header.isEmpty()) {
            out.append('\n');
        }
        writer.terms.usedPrefixes().forEach((name, ns) -> out.append("@prefix ").append(name).append(": <").append(ns).append("> .\n"));
        return out.append('\n').append(body).toString();
    }

    /**
     * The project's prefixes, one per concept scheme used ({@code stance:} for {@code vocab/stance/}), and the
     * file's own where they add a namespace under a free name.
     */
    static Map<String, String> prefixes(Graph graph, PrefixMapping declared) {
        Map<String, String> prefixes = new LinkedHashMap<>(Prefixes.ontologyFiles().getNsPrefixMap());
        graph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                schemePrefix(n, prefixes);
            }
        });
        declared.getNsPrefixMap().forEach((name, ns) -> {
            if (!prefixes.containsKey(name) && !prefixes.containsValue(ns)) {
                prefixes.put(name, ns);
            }
        });
        return prefixes;
    }

    /** A term as the ontology files write it ({@code unr:State}, {@code stance:rejects}), for messages. */
    public static String shortForm(Node node) {
        Map<String, String> prefixes = new LinkedHashMap<>(Prefixes.ontologyFiles().getNsPrefixMap());
        schemePrefix(node, prefixes);
        return node.isBlank() ? "[]" : new TurtleTerms(prefixes).term(node);
    }

    private static void schemePrefix(Node n, Map<String, String> prefixes) {
        if (!n.isURI() || !n.getURI().startsWith(Ids.VOCAB)) {
            return;
        }
        String rest = n.getURI().substring(Ids.VOCAB.length());
        int slash = rest.indexOf('/');
        if (slash > 0 && PREFIX_NAME.matcher(rest.substring(0, slash)).matches()) {
            prefixes.putIfAbsent(rest.substring(0, slash), Ids.VOCAB + rest.substring(0, slash + 1));
        }
    }

    private String body() {
        List<Node> topLevel = graph.find().mapWith(Triple::getSubject).toSet().stream()
                .filter(s -> !references.containsKey(s))
                .toList();
        StringBuilder out = new StringBuilder();
        for (TurtleSections.Section section : new TurtleSections(graph).of(topLevel)) {
            out.append(RULE).append("\n# ").append(section.title()).append('\n').append(RULE).append("\n\n");
            List<Map.Entry<String, String>> blocks = new ArrayList<>();
            for (Node subject : section.subjects()) {
                String block = subject.isBlank() ? "[\n" + predicateObjects(subject, 1) + "\n] ." : block(subject);
                blocks.add(Map.entry(sortKey(subject, block), block));
            }
            blocks.sort(Map.Entry.comparingByKey());
            blocks.forEach(b -> out.append(b.getValue()).append("\n\n"));
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** Schemes open their section; then subjects as written, so that terms of one namespace stand together. */
    private String sortKey(Node subject, String block) {
        if (subject.isBlank()) {
            return "2" + block;
        }
        return (graph.contains(subject, RDF.Nodes.type, SKOS.ConceptScheme.asNode()) ? "0" : "1") + terms.term(subject);
    }

    /** A subject and all it says: on one line when short and flat, else one predicate per line. */
    private String block(Node subject) {
        int before = written;
        String oneLine = terms.term(subject) + " " + predicateObjectsInline(subject) + " .";
        if (oneLine.length() <= WIDTH && !oneLine.contains("\n") && !hasBlankObject(subject)) {
            return oneLine;
        }
        written = before;
        return terms.term(subject) + "\n" + predicateObjects(subject, 1) + " .";
    }

    private String predicateObjectsInline(Node subject) {
        List<String> parts = new ArrayList<>();
        for (Node p : predicates(subject)) {
            parts.add(terms.format(p) + " " + String.join(", ", objects(subject, p, 1)));
        }
        return String.join(" ; ", parts);
    }

    private String predicateObjects(Node subject, int level) {
        List<String> lines = new ArrayList<>();
        for (Node p : predicates(subject)) {
            String start = INDENT.repeat(level) + terms.format(p) + " ";
            List<String> objects = objects(subject, p, level);
            String line = start + String.join(", ", objects);
            boolean flat = objects.stream().noneMatch(o -> o.contains("\n"));
            if (flat && objects.size() > 1 && line.length() > WIDTH) {
                line = start + String.join(",\n" + INDENT.repeat(level + 1), objects);
            }
            lines.add(line);
        }
        return String.join(" ;\n", lines);
    }

    private List<String> objects(Node subject, Node predicate, int level) {
        List<String> objects = new ArrayList<>();
        graph.find(subject, predicate, Node.ANY).forEachRemaining(t -> {
            written++;
            objects.add(object(t.getObject(), level));
        });
        objects.sort(Comparator.naturalOrder());
        return objects;
    }

    private String object(Node o, int level) {
        if (!o.isBlank()) {
            return terms.term(o);
        }
        if (isList(o)) {
            return list(o, level);
        }
        List<Node> predicates = predicates(o);
        if (predicates.isEmpty()) {
            return "[]";
        }
        if (predicates.size() == 1 && !hasBlankObject(o) && graph.find(o, predicates.get(0), Node.ANY).toList().size() == 1) {
            return "[ " + predicateObjectsInline(o) + " ]";
        }
        return "[\n" + predicateObjects(o, level + 1) + "\n" + INDENT.repeat(level) + "]";
    }

    private String list(Node head, int level) {
        List<String> items = new ArrayList<>();
        for (Node n = head; !n.equals(RDF.Nodes.nil); n = only(n, RDF.Nodes.rest)) {
            written += 2;
            items.add(object(only(n, RDF.Nodes.first), level + 1));
        }
        if (items.isEmpty()) {
            return "()";
        }
        String inline = "( " + String.join(" ", items) + " )";
        if (items.stream().noneMatch(i -> i.contains("\n") || i.startsWith("[")) && inline.length() + INDENT.length() * level <= WIDTH) {
            return inline;
        }
        String pad = INDENT.repeat(level + 1);
        return "(\n" + pad + String.join("\n" + pad, items) + "\n" + INDENT.repeat(level) + ")";
    }

    /** A well-formed RDF list: blank nodes with exactly one rdf:first and one rdf:rest each, to rdf:nil. */
    private boolean isList(Node n) {
        if (n.equals(RDF.Nodes.nil)) {
            return true;
        }
        if (!n.isBlank() || references.getOrDefault(n, 0) != 1) {
            return false;
        }
        List<Triple> triples = graph.find(n, Node.ANY, Node.ANY).toList();
        return triples.size() == 2
                && graph.find(n, RDF.Nodes.first, Node.ANY).toList().size() == 1
                && graph.find(n, RDF.Nodes.rest, Node.ANY).toList().size() == 1
                && isList(only(n, RDF.Nodes.rest));
    }

    private Node only(Node s, Node p) {
        return graph.find(s, p, Node.ANY).next().getObject();
    }

    private boolean hasBlankObject(Node subject) {
        return graph.find(subject, Node.ANY, Node.ANY).filterKeep(t -> t.getObject().isBlank()).hasNext();
    }

    private List<Node> predicates(Node subject) {
        return graph.find(subject, Node.ANY, Node.ANY).mapWith(Triple::getPredicate).toSet().stream()
                .sorted(Comparator.comparingInt(CanonicalTurtle::rank).thenComparing(p -> terms.format(p)))
                .toList();
    }

    private static int rank(Node predicate) {
        int first = PREDICATE_ORDER.indexOf(predicate);
        if (first >= 0) {
            return first;
        }
        int last = PREDICATE_TAIL.indexOf(predicate);
        return last >= 0 ? PREDICATE_ORDER.size() + 1 + last : PREDICATE_ORDER.size();
    }
}
