package org.w3id.unrights.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unrights.vocab.Ids;

/**
 * The sections of a canonical Turtle file, derived from the triples alone so that an edit never has to
 * choose a place: the ontology header, our classes, object, datatype and annotation properties, one section
 * per concept scheme (the scheme, then its concepts), shapes, axioms on blank nodes, and external terms.
 */
final class TurtleSections {
    /** A titled group of top-level subjects, in the order the file shows them. */
    record Section(String title, List<Node> subjects) {}

    private static final String OTHER = "Other";

    private final Graph graph;

    TurtleSections(Graph graph) {
        this.graph = graph;
    }

    List<Section> of(List<Node> subjects) {
        Map<String, List<Node>> sections = new LinkedHashMap<>();
        for (String title : List.of("Ontology", "Classes", "Object properties", "Datatype properties",
                "Annotation properties", "Datatypes")) {
            sections.put(title, new ArrayList<>());
        }
        schemes().forEach(scheme -> sections.put(schemeTitle(scheme), new ArrayList<>()));
        for (String title : List.of("Shapes of classes", "Shapes of property values", "Helper shapes",
                "Property shapes", "Axioms", "External terms", OTHER)) {
            sections.put(title, new ArrayList<>());
        }
        for (Node subject : subjects) {
            sections.get(titleOf(subject)).add(subject);
        }
        return sections.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new Section(e.getKey(), e.getValue()))
                .toList();
    }

    private String titleOf(Node s) {
        if (s.isBlank()) {
            return "Axioms";
        }
        if (isA(s, OWL.Ontology.asNode())) {
            return "Ontology";
        }
        Optional<Node> scheme = isA(s, SKOS.ConceptScheme.asNode()) ? Optional.of(s) : schemeOf(s);
        if (scheme.isPresent()) {
            return schemeTitle(scheme.get());
        }
        if (!own(s)) {
            return "External terms";
        }
        return ownTitle(s);
    }

    private String ownTitle(Node s) {
        List<Map.Entry<Predicate<Node>, String>> rules = List.of(
                Map.entry(n -> isA(n, OWL.Class.asNode()) || isA(n, RDFS.Class.asNode()), "Classes"),
                Map.entry(n -> isA(n, OWL.ObjectProperty.asNode()), "Object properties"),
                Map.entry(n -> isA(n, OWL.DatatypeProperty.asNode()), "Datatype properties"),
                Map.entry(n -> isA(n, OWL.AnnotationProperty.asNode()), "Annotation properties"),
                Map.entry(n -> isA(n, RDFS.Datatype.asNode()), "Datatypes"),
                Map.entry(n -> isA(n, SHACL.NodeShape) && graph.contains(n, SHACL.targetClass, Node.ANY), "Shapes of classes"),
                Map.entry(n -> isA(n, SHACL.NodeShape) && (graph.contains(n, SHACL.targetSubjectsOf, Node.ANY)
                        || graph.contains(n, SHACL.targetObjectsOf, Node.ANY)), "Shapes of property values"),
                Map.entry(n -> isA(n, SHACL.NodeShape), "Helper shapes"),
                Map.entry(n -> isA(n, SHACL.PropertyShape), "Property shapes"));
        return rules.stream().filter(r -> r.getKey().test(s)).map(Map.Entry::getValue).findFirst().orElse(OTHER);
    }

    private List<Node> schemes() {
        return graph.find(Node.ANY, RDF.Nodes.type, SKOS.ConceptScheme.asNode()).mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI).toList().stream().distinct()
                .sorted(Comparator.comparing(Node::getURI)).toList();
    }

    /** The first scheme, by IRI, of those in this graph that the concept belongs to. */
    private Optional<Node> schemeOf(Node concept) {
        List<Node> schemes = schemes();
        return graph.find(concept, SKOS.inScheme.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList().stream()
                .filter(schemes::contains)
                .min(Comparator.comparing(Node::getURI));
    }

    private String schemeTitle(Node scheme) {
        String key = scheme.getURI().startsWith(Ids.VOCAB) ? scheme.getURI().substring(Ids.VOCAB.length()) : scheme.getURI();
        Optional<String> label = graph.find(scheme, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().findFirst();
        return label.map(l -> key + ": " + l).orElse(key);
    }

    private boolean isA(Node s, Node type) {
        return graph.contains(s, RDF.Nodes.type, type);
    }

    private static boolean own(Node s) {
        return s.isURI() && s.getURI().startsWith(Ids.BASE);
    }
}
