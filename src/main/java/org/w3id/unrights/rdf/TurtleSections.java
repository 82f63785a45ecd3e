package org.w3id.unrights.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unrights.vocab.Ids;

/**
 * The sections of a canonical Turtle file, derived from the triples alone so that an edit never has to
 * choose a place: the ontology header, our classes, object, datatype and annotation properties, datatypes,
 * one section per concept scheme (the scheme, then its concepts), shapes, axioms on blank nodes, external terms.
 */
final class TurtleSections {
    /** A titled group of top-level subjects, in the order the file shows them. */
    record Section(String title, List<Node> subjects) {}

    private static final String AXIOMS = "Axioms";
    private static final String EXTERNAL = "External terms";
    private static final String OTHER = "Other";

    private final Graph graph;
    /** Our own terms' sections in file order, each with what puts a term in it; the schemes go after "Datatypes". */
    private final Map<String, Predicate<Node>> ownTerms = new LinkedHashMap<>();
    /** Each concept scheme of the graph by its IRI, with its section title. */
    private final Map<String, String> schemes = new TreeMap<>();

    TurtleSections(Graph graph) {
        this.graph = graph;
        ownTerms.put("Classes", s -> isA(s, OWL.Class.asNode()) || isA(s, RDFS.Class.asNode()));
        ownTerms.put("Object properties", s -> isA(s, OWL.ObjectProperty.asNode()));
        ownTerms.put("Datatype properties", s -> isA(s, OWL.DatatypeProperty.asNode()));
        ownTerms.put("Annotation properties", s -> isA(s, OWL.AnnotationProperty.asNode()));
        ownTerms.put("Datatypes", s -> isA(s, RDFS.Datatype.asNode()));
        ownTerms.put("Shapes of classes", s -> isA(s, SHACL.NodeShape) && graph.contains(s, SHACL.targetClass, Node.ANY));
        ownTerms.put("Shapes of property values", s -> isA(s, SHACL.NodeShape)
                && (graph.contains(s, SHACL.targetSubjectsOf, Node.ANY) || graph.contains(s, SHACL.targetObjectsOf, Node.ANY)));
        ownTerms.put("Helper shapes", s -> isA(s, SHACL.NodeShape));
        ownTerms.put("Property shapes", s -> isA(s, SHACL.PropertyShape));
        graph.find(Node.ANY, RDF.Nodes.type, SKOS.ConceptScheme.asNode()).mapWith(Triple::getSubject).filterKeep(Node::isURI)
                .forEachRemaining(scheme -> schemes.put(scheme.getURI(), schemeTitle(scheme)));
    }

    List<Section> of(List<Node> subjects) {
        List<String> titles = new ArrayList<>(List.of("Ontology"));
        ownTerms.keySet().forEach(titles::add);
        titles.addAll(titles.indexOf("Datatypes") + 1, schemes.values());
        titles.addAll(List.of(AXIOMS, EXTERNAL, OTHER));
        Map<String, List<Node>> sections = new LinkedHashMap<>();
        titles.forEach(title -> sections.put(title, new ArrayList<>()));
        subjects.forEach(s -> sections.get(titleOf(s)).add(s));
        return sections.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> new Section(e.getKey(), e.getValue())).toList();
    }

    private String titleOf(Node s) {
        if (s.isBlank()) {
            return AXIOMS;
        }
        if (isA(s, OWL.Ontology.asNode())) {
            return "Ontology";
        }
        // A scheme, or a concept in one: the section of the first of its schemes by IRI.
        Optional<String> scheme = schemes.containsKey(s.getURI()) ? Optional.of(schemes.get(s.getURI()))
                : graph.find(s, SKOS.inScheme.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList()
                        .stream().map(Node::getURI).filter(schemes::containsKey).sorted().findFirst().map(schemes::get);
        if (scheme.isPresent() || !s.getURI().startsWith(Ids.BASE)) {
            return scheme.orElse(EXTERNAL);
        }
        return ownTerms.entrySet().stream().filter(e -> e.getValue().test(s)).map(Map.Entry::getKey).findFirst().orElse(OTHER);
    }

    private String schemeTitle(Node scheme) {
        String key = scheme.getURI().startsWith(Ids.VOCAB) ? scheme.getURI().substring(Ids.VOCAB.length()) : scheme.getURI();
        return graph.find(scheme, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().findFirst().map(l -> key + ": " + l).orElse(key);
    }

    private boolean isA(Node s, Node type) {
        return graph.contains(s, RDF.Nodes.type, type);
    }

}
