package org.w3id.unrights.rdf;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;

import de.atextor.turtle.formatter.FormattingStyle;
import de.atextor.turtle.formatter.TurtleFormatter;

/**
 * One fixed Turtle layout for the ontology files, so that a diff shows only real changes and two people who
 * make the same edit get the same file. Each section is laid out by turtle-formatter (predicates in
 * {@link #PREDICATE_ORDER}, then by name; one object per line; blank nodes inline); this class adds the file's
 * opening comment, one block of the prefixes used and the {@link TurtleSections section} headings. Blank nodes
 * are renamed by what they hold first, because the formatter orders blank nodes by name: so the same graph
 * gives the same text however its blank nodes were labelled.
 */
public final class CanonicalTurtle {
    /** Predicates that come first, in this order: what a term is, what a shape checks, its names, its place, its meaning. */
    private static final List<Node> PREDICATE_ORDER = List.of(
            RDF.Nodes.type, OWL.versionIRI.asNode(), OWL.versionInfo.asNode(), OWL.priorVersion.asNode(),
            SHACL.path, SHACL.targetClass, SHACL.targetSubjectsOf, SHACL.targetObjectsOf, SHACL.targetNode,
            RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), Std.dctTitle,
            SKOS.inScheme.asNode(), SKOS.topConceptOf.asNode(), SKOS.notation.asNode(),
            RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), OWL.equivalentClass.asNode(),
            OWL.equivalentProperty.asNode(), OWL.inverseOf.asNode(), RDFS.domain.asNode(), Std.schemaDomainIncludes,
            RDFS.range.asNode(), Std.schemaRangeIncludes, SKOS.definition.asNode(), RDFS.comment.asNode(),
            SKOS.scopeNote.asNode(), SKOS.example.asNode());
    private static final FormattingStyle STYLE = FormattingStyle.builder()
            .knownPrefixes(Set.of()).useCommaByDefault(false).commaForPredicate(Set.of()).indentSize(4)
            .subjectOrder(List.of(OWL.Ontology, SKOS.ConceptScheme))
            .predicateOrder(PREDICATE_ORDER.stream().map(p -> (Property) ResourceFactory.createProperty(p.getURI())).toList())
            .build();
    private static final String RULE = "# " + "-".repeat(105);

    private CanonicalTurtle() {}

    /**
     * The canonical text of {@code graph}.
     *
     * @param header   comment lines to open the file with, each starting with {@code #}
     * @param declared prefixes the source file declared; kept where they do not clash with the project's own
     */
    public static String write(Graph graph, List<String> header, PrefixMapping declared) {
        PrefixMapping prefixes = Prefixes.forOntologyFile(graph, declared);
        Graph named = blankNodesNamedByContent(graph, prefixes);
        List<Node> topLevel = named.find().mapWith(Triple::getSubject).toSet().stream()
                .filter(s -> !s.isBlank() || !named.contains(Node.ANY, Node.ANY, s)).toList();
        StringBuilder body = new StringBuilder();
        for (TurtleSections.Section section : new TurtleSections(named).of(topLevel)) {
            Graph part = GraphFactory.createDefaultGraph();
            section.subjects().forEach(s -> copyTree(named, s, part));
            String text = new TurtleFormatter(STYLE).apply(ModelFactory.createModelForGraph(part).setNsPrefixes(prefixes));
            body.append(RULE).append("\n# ").append(section.title()).append('\n').append(RULE).append("\n\n")
                    .append(text.lines().dropWhile(l -> l.startsWith("@prefix") || l.isBlank())
                            .collect(Collectors.joining("\n")).stripTrailing()).append("\n\n");
        }
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        out.append(header.isEmpty() ? "" : "\n");
        // The formatter declares prefixes it then has no use for (xsd: for plain strings): only those written stay.
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((name, ns) -> {
            if (Pattern.compile("(?<![\\w:/#.-])" + Pattern.quote(name) + ":").matcher(body).find()) {
                out.append("@prefix ").append(name).append(": <").append(ns).append("> .\n");
            }
        });
        return out.append('\n').append(body.toString().stripTrailing()).append('\n').toString();
    }

    /**
     * A copy of {@code graph} whose blank nodes are named by their content, written with {@code terms} (predicates
     * in layout order, then objects; nested blank nodes by theirs), so that the formatter's order by name is an order
     * by content. A blank node that is the object of two triples is refused: Turtle would need a label to write it twice.
     */
    private static Graph blankNodesNamedByContent(Graph graph, PrefixMapping terms) {
        Map<Node, Integer> references = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            if (t.getObject().isBlank() && references.merge(t.getObject(), 1, Integer::sum) > 1) {
                throw new IllegalArgumentException("a blank node is the object of more than one triple; give it an IRI "
                        + "(canonical Turtle writes each blank node in one place)");
            }
        });
        Map<Node, String> contents = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Node, Node> names = new HashMap<>();
        graph.find().forEachRemaining(t -> List.of(t.getSubject(), t.getObject()).stream().filter(Node::isBlank)
                // Two blank nodes with the same content stay two: a counter tells them apart.
                .forEach(b -> names.computeIfAbsent(b, x -> NodeFactory.createBlankNode(
                        content(graph, terms, x, contents, new HashSet<>()) + "#" + seen.merge(contents.get(x), 1, Integer::sum)))));
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> copy.add(Triple.create(names.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(), names.getOrDefault(t.getObject(), t.getObject()))));
        return copy;
    }

    private static String content(Graph graph, PrefixMapping terms, Node node, Map<Node, String> contents, Set<Node> path) {
        if (!node.isBlank() || contents.containsKey(node)) {
            return node.isBlank() ? contents.get(node) : node.isURI() ? terms.shortForm(node.getURI()) : node.toString();
        }
        if (!path.add(node)) {
            throw new IllegalStateException("the graph holds a cycle of blank nodes, which Turtle cannot nest");
        }
        record Pair(Node predicate, String object) {}
        String content = graph.find(node, Node.ANY, Node.ANY).toList().stream()
                .map(t -> new Pair(t.getPredicate(), content(graph, terms, t.getObject(), contents, path)))
                .sorted(Comparator.comparingInt((Pair p) -> rank(p.predicate())).thenComparing(p -> p.predicate().getURI())
                        .thenComparing(Pair::object))
                .map(p -> terms.shortForm(p.predicate().getURI()) + " " + p.object())
                .collect(Collectors.joining(" ; ", "[", "]"));
        contents.put(node, content);
        return content;
    }

    private static int rank(Node predicate) {
        return PREDICATE_ORDER.contains(predicate) ? PREDICATE_ORDER.indexOf(predicate) : PREDICATE_ORDER.size();
    }

    private static void copyTree(Graph from, Node subject, Graph to) {
        from.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            to.add(t);
            if (t.getObject().isBlank()) {
                copyTree(from, t.getObject(), to);
            }
        });
    }
}
