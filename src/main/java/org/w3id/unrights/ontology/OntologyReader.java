package org.w3id.unrights.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Unr;

/** Reads the ontology graph by what a reader looks for: terms by kind, their annotations, schemes, axioms. */
public final class OntologyReader {
    private final Graph graph;

    public OntologyReader(Graph graph) {
        this.graph = graph;
    }

    public Graph graph() {
        return graph;
    }

    /** Our terms of one OWL type, sorted by local name. */
    public List<Node> terms(Node type) {
        return subjects(RDF.Nodes.type, type).stream().filter(OntologyReader::ours).toList();
    }

    public List<Node> schemes() {
        return subjects(RDF.Nodes.type, SKOS.ConceptScheme.asNode());
    }

    public List<Node> concepts(Node scheme) {
        return subjects(SKOS.inScheme.asNode(), scheme);
    }

    /** Declared terms of other vocabularies, sorted by IRI. */
    public List<Node> externalTerms() {
        return graph.find(Node.ANY, RDF.Nodes.type, Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                .filter(n -> n.isURI() && !n.getURI().startsWith(Ids.BASE))
                .sorted(Comparator.comparing(Node::getURI)).toList();
    }

    /** The member lists of each owl:AllDisjointClasses axiom, with its comment. */
    public List<Disjoint> disjointGroups() {
        List<Disjoint> groups = new ArrayList<>();
        for (Node axiom : subjects(RDF.Nodes.type, OWL.AllDisjointClasses.asNode())) {
            List<Node> members = new ArrayList<>();
            Optional<Node> list = first(axiom, OWL.members.asNode());
            for (Node n = list.orElse(RDF.Nodes.nil); !n.equals(RDF.Nodes.nil); n = first(n, RDF.Nodes.rest).orElse(RDF.Nodes.nil)) {
                first(n, RDF.Nodes.first).ifPresent(members::add);
            }
            groups.add(new Disjoint(members, text(axiom, RDFS.comment.asNode()).orElse("")));
        }
        groups.sort(Comparator.comparing(d -> d.members().isEmpty() ? "" : d.members().get(0).getURI()));
        return groups;
    }

    public record Disjoint(List<Node> members, String comment) {}

    /** Objects of {@code s p}, sorted. */
    public List<Node> values(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    /** Subjects of {@code ? p o}, sorted. */
    public List<Node> subjects(Node p, Node o) {
        return graph.find(Node.ANY, p, o).mapWith(Triple::getSubject).toSet().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    public Optional<Node> first(Node s, Node p) {
        return values(s, p).stream().findFirst();
    }

    /** English texts of {@code s p} (plain strings too), sorted. */
    public List<String> texts(Node s, Node p) {
        return values(s, p).stream()
                .filter(n -> n.isLiteral() && (n.getLiteralLanguage().isEmpty() || n.getLiteralLanguage().startsWith("en")))
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }

    public Optional<String> text(Node s, Node p) {
        return texts(s, p).stream().findFirst();
    }

    /** The label a reader knows a term by: rdfs:label, else skos:prefLabel, else its short form. */
    public String label(Node n) {
        return text(n, RDFS.label.asNode()).or(() -> text(n, SKOS.prefLabel.asNode())).orElse(Prefixes.shortForm(n));
    }

    public static boolean ours(Node n) {
        return n.isURI() && n.getURI().startsWith(Unr.NS);
    }

    public static String localName(Node n) {
        return n.getURI().substring(Unr.NS.length());
    }
}
