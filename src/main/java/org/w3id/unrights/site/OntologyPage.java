package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unrights.ontology.Alignment;
import org.w3id.unrights.ontology.OntologyReader;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Reads the ontology reference from the ontology graph itself, so that it cannot say other than the
 * ontology: header and version, every class and property with its definition, notes, examples, place in
 * the hierarchy, domain and range; every concept scheme with its concepts and mappings; the alignments to
 * standard vocabularies; the disjointness axioms; and the external terms used.
 */
public final class OntologyPage {
    private static final Map<Node, String> MATCHES = new LinkedHashMap<>();

    static {
        MATCHES.put(SKOS.exactMatch.asNode(), "exact");
        MATCHES.put(SKOS.closeMatch.asNode(), "close");
        MATCHES.put(SKOS.broadMatch.asNode(), "broader");
        MATCHES.put(SKOS.narrowMatch.asNode(), "narrower");
        MATCHES.put(SKOS.relatedMatch.asNode(), "related");
    }

    private final OntologyReader read;
    private final Node ontology;
    private final List<OntologyReader.Disjoint> disjoint;

    private OntologyPage(Graph graph) {
        this.read = new OntologyReader(graph);
        this.ontology = NodeFactory.createURI(Unr.ONTOLOGY_IRI);
        this.disjoint = read.disjointGroups();
    }

    public static OntologyView view(Graph ontologyGraph) {
        return new OntologyPage(ontologyGraph).view();
    }

    private OntologyView view() {
        List<OntologyView.TermSection> sections = List.of(
                terms(OntologyView.CONTENTS.get(0), OWL.Class.asNode(), this::classDetails),
                terms(OntologyView.CONTENTS.get(1), OWL.ObjectProperty.asNode(), this::propertyDetails),
                terms(OntologyView.CONTENTS.get(2), OWL.DatatypeProperty.asNode(), this::propertyDetails),
                terms(OntologyView.CONTENTS.get(3), OWL.AnnotationProperty.asNode(), this::propertyDetails));
        return new OntologyView(header(), refs(read.terms(OWL.Class.asNode())), sections, refs(read.schemes()), schemes(),
                Alignment.of(read.graph()).stream().map(a -> new OntologyView.AlignmentRow(ref(a.term()), a.relation(), ref(a.standard()))).toList(),
                disjoint.stream().map(d -> new OntologyView.DisjointGroup(refs(d.members()), d.comment())).toList(),
                read.externalTerms().stream().map(t -> new OntologyView.ExternalTerm(ref(t), read.label(t))).toList());
    }

    private OntologyView.Header header() {
        return new OntologyView.Header(
                read.text(ontology, DCTerms.title.asNode()).orElse("Ontology"),
                read.text(ontology, OWL.versionInfo.asNode()).orElse(""),
                Unr.ONTOLOGY_IRI,
                read.first(ontology, OWL.versionIRI.asNode()).map(Node::getURI).orElse(null),
                read.first(ontology, OWL.priorVersion.asNode()).map(Node::getURI).orElse(null),
                read.values(ontology, DCTerms.license.asNode()).stream().filter(Node::isURI).map(l -> Link.to(l.getURI(), l.getURI())).toList(),
                String.join(", ", read.texts(ontology, DCTerms.creator.asNode())),
                "unr: <" + Unr.NS + ">",
                read.text(ontology, DCTerms.description.asNode()).orElse(null),
                read.text(ontology, RDFS.comment.asNode()).orElse(null),
                read.text(ontology, SKOS.historyNote.asNode()).orElse(null));
    }

    private OntologyView.TermSection terms(OntologyView.Section section, Node type, Function<Node, List<OntologyView.Detail>> details) {
        return new OntologyView.TermSection(section.id(), section.heading(), read.terms(type).stream().map(term ->
                new OntologyView.Term(OntologyReader.localName(term), read.label(term), Prefixes.shortForm(term), term.getURI(),
                        read.texts(term, SKOS.definition.asNode()),
                        Stream.concat(read.texts(term, RDFS.comment.asNode()).stream(), read.texts(term, SKOS.scopeNote.asNode()).stream()).toList(),
                        read.texts(term, SKOS.example.asNode()),
                        details.apply(term))).toList());
    }

    private List<OntologyView.Detail> classDetails(Node c) {
        List<OntologyView.Detail> details = new ArrayList<>();
        detail(details, "Sub-class of", read.values(c, RDFS.subClassOf.asNode()));
        detail(details, "Super-class of", read.subjects(RDFS.subClassOf.asNode(), c));
        detail(details, "Kind", read.values(c, Unr.kindConcept));
        detail(details, "Disjoint with", disjoint.stream().filter(d -> d.members().contains(c))
                .flatMap(d -> d.members().stream()).filter(m -> !m.equals(c)).distinct().toList());
        detail(details, "Properties used on it", concat(read.subjects(RDFS.domain.asNode(), c), read.subjects(Std.schemaDomainIncludes, c)));
        detail(details, "Properties that point to it", concat(read.subjects(RDFS.range.asNode(), c), read.subjects(Std.schemaRangeIncludes, c)));
        return details;
    }

    private List<OntologyView.Detail> propertyDetails(Node p) {
        List<OntologyView.Detail> details = new ArrayList<>();
        detail(details, "Characteristics", read.values(p, RDF.Nodes.type).stream()
                .filter(t -> t.equals(OWL.FunctionalProperty.asNode())).toList());
        detail(details, "Sub-property of", read.values(p, RDFS.subPropertyOf.asNode()));
        detail(details, "Super-property of", read.subjects(RDFS.subPropertyOf.asNode(), p));
        detail(details, "Domain", read.values(p, RDFS.domain.asNode()));
        detail(details, "Used on (no entailment)", read.values(p, Std.schemaDomainIncludes));
        detail(details, "Range", read.values(p, RDFS.range.asNode()));
        detail(details, "Values include (no entailment)", read.values(p, Std.schemaRangeIncludes));
        return details;
    }

    private List<OntologyView.Scheme> schemes() {
        return read.schemes().stream().map(scheme -> new OntologyView.Scheme(Prefixes.shortForm(scheme), read.label(scheme),
                scheme.getURI(), read.texts(scheme, SKOS.definition.asNode()), read.texts(scheme, SKOS.editorialNote.asNode()),
                read.concepts(scheme).stream().map(concept -> new OntologyView.Concept(Prefixes.shortForm(concept),
                        read.text(concept, SKOS.notation.asNode()).orElse(""),
                        read.text(concept, SKOS.prefLabel.asNode()).orElse(""),
                        String.join(" ", read.texts(concept, SKOS.definition.asNode())),
                        links(concept),
                        String.join(" ", read.texts(concept, SKOS.editorialNote.asNode())))).toList())).toList();
    }

    /** A concept's SKOS mappings and the class it is the kind of. */
    private List<OntologyView.Detail> links(Node concept) {
        List<OntologyView.Detail> links = new ArrayList<>();
        MATCHES.forEach((p, name) -> detail(links, name, read.values(concept, p)));
        detail(links, "class", read.subjects(Unr.kindConcept, concept));
        return links;
    }

    private void detail(List<OntologyView.Detail> details, String name, List<Node> values) {
        if (!values.isEmpty()) {
            details.add(new OntologyView.Detail(name, refs(values)));
        }
    }

    /** Our terms link to their anchor on this page, concepts and schemes to theirs, other terms to their IRI. */
    private OntologyView.Ref ref(Node n) {
        if (n.isLiteral()) {
            return new OntologyView.Ref(null, n.getLiteralLexicalForm(), false);
        }
        if (!n.isURI()) {
            return new OntologyView.Ref(null, "(anonymous)", false);
        }
        String shortForm = Prefixes.shortForm(n);
        String href = OntologyReader.ours(n) ? "#" + OntologyReader.localName(n)
                : read.graph().contains(n, RDF.Nodes.type, SKOS.Concept.asNode())
                  || read.graph().contains(n, RDF.Nodes.type, SKOS.ConceptScheme.asNode()) ? "#" + shortForm
                : n.getURI();
        return new OntologyView.Ref(href, shortForm, true);
    }

    private List<OntologyView.Ref> refs(List<Node> nodes) {
        return nodes.stream().map(this::ref).toList();
    }

    private static List<Node> concat(List<Node> a, List<Node> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
