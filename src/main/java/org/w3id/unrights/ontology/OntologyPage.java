package org.w3id.unrights.ontology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unrights.rdf.CanonicalTurtle;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The ontology reference as one HTML page, generated from the ontology graph itself so that it cannot say
 * other than the ontology: header and version, every class and property with its definition, notes,
 * examples, place in the hierarchy, domain and range; every concept scheme with its concepts and mappings;
 * the alignments to standard vocabularies; the disjointness axioms; and the external terms used. Each of our
 * terms has an anchor named by its local name, so {@code …/ontology#State} lands on {@code unr:State}.
 */
public final class OntologyPage {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
            code{background:#f3f3f3;padding:0 .2em}article{border-top:1px solid #ddd;padding:.5rem 0}
            dt{font-weight:600;float:left;clear:left;width:11rem}dd{margin-left:12rem}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.25rem .5rem;vertical-align:top;text-align:left}
            .definition{font-size:1.05em}.example{color:#444}nav ul{columns:3}""";

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
    private final StringBuilder out = new StringBuilder();

    private OntologyPage(Graph graph) {
        this.read = new OntologyReader(graph);
        this.ontology = NodeFactory.createURI(Unr.ONTOLOGY_IRI);
        this.disjoint = read.disjointGroups();
    }

    public static String render(Graph ontologyGraph) {
        return new OntologyPage(ontologyGraph).page();
    }

    private String page() {
        String title = read.text(ontology, DCTerms.title.asNode()).orElse("Ontology");
        String version = read.text(ontology, OWL.versionInfo.asNode()).orElse("");
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.text(title + " " + version)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(title);
        contents();
        terms("classes", "Classes", OWL.Class.asNode(), this::classDetails);
        terms("object-properties", "Object properties", OWL.ObjectProperty.asNode(), this::propertyDetails);
        terms("datatype-properties", "Datatype properties", OWL.DatatypeProperty.asNode(), this::propertyDetails);
        terms("annotation-properties", "Annotation properties", OWL.AnnotationProperty.asNode(), this::propertyDetails);
        schemes();
        alignments();
        disjointness();
        externalTerms();
        return out.append("</body>\n</html>\n").toString();
    }

    private void header(String title) {
        out.append("<header>\n<h1>").append(Html.text(title)).append("</h1>\n<dl>\n");
        item("IRI", Html.code(Unr.ONTOLOGY_IRI));
        read.first(ontology, OWL.versionIRI.asNode()).ifPresent(v -> item("This version", Html.code(v.getURI())));
        read.text(ontology, OWL.versionInfo.asNode()).ifPresent(v -> item("Version", Html.text(v)));
        read.first(ontology, OWL.priorVersion.asNode()).ifPresent(v -> item("Prior version", Html.code(v.getURI())));
        item("Licence", read.values(ontology, DCTerms.license.asNode()).stream().filter(Node::isURI)
                .map(l -> Html.link(l.getURI(), l.getURI())).collect(Collectors.joining(", ")));
        item("Creators", Html.text(String.join(", ", read.texts(ontology, DCTerms.creator.asNode()))));
        item("Prefix", Html.code("unr: <" + Unr.NS + ">"));
        item("As Turtle", "ask for this page with " + Html.code("Accept: text/turtle"));
        out.append("</dl>\n");
        read.text(ontology, DCTerms.description.asNode()).ifPresent(d -> out.append("<p>").append(Html.text(d)).append("</p>\n"));
        read.text(ontology, RDFS.comment.asNode()).ifPresent(c -> out.append("<p>").append(Html.text(c)).append("</p>\n"));
        read.text(ontology, SKOS.historyNote.asNode()).ifPresent(h -> out.append("<p><strong>History.</strong> ").append(Html.text(h)).append("</p>\n"));
        out.append("</header>\n");
    }

    private void contents() {
        out.append("<nav>\n<h2>Contents</h2>\n<ul>\n");
        for (String[] section : new String[][] {{"classes", "Classes"}, {"object-properties", "Object properties"},
                {"datatype-properties", "Datatype properties"}, {"annotation-properties", "Annotation properties"},
                {"concept-schemes", "Concept schemes"}, {"alignments", "Alignments"}, {"disjoint-classes", "Disjoint classes"},
                {"external-terms", "External terms"}}) {
            out.append("<li>").append(Html.link("#" + section[0], section[1])).append("</li>\n");
        }
        out.append("</ul>\n<p>Classes: ").append(join(read.terms(OWL.Class.asNode()))).append("</p>\n</nav>\n");
    }

    private interface Details {
        void write(Node term);
    }

    private void terms(String id, String heading, Node type, Details details) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
        for (Node term : read.terms(type)) {
            out.append("<article id=\"").append(Html.text(OntologyReader.localName(term))).append("\">\n<h3>")
                    .append(Html.text(read.label(term))).append(" ").append(Html.code(CanonicalTurtle.shortForm(term))).append("</h3>\n")
                    .append("<p>").append(Html.code(term.getURI())).append("</p>\n");
            read.texts(term, SKOS.definition.asNode()).forEach(d -> paragraph("definition", d));
            read.texts(term, RDFS.comment.asNode()).forEach(c -> paragraph("comment", c));
            read.texts(term, SKOS.scopeNote.asNode()).forEach(n -> paragraph("comment", n));
            read.texts(term, SKOS.example.asNode()).forEach(e -> out.append("<p class=\"example\"><strong>Example.</strong> ")
                    .append(Html.text(e)).append("</p>\n"));
            int before = out.length();
            details.write(term);
            if (out.length() > before) {
                out.insert(before, "<dl>\n").append("</dl>\n");
            }
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    private void classDetails(Node c) {
        itemIf("Sub-class of", read.values(c, RDFS.subClassOf.asNode()));
        itemIf("Super-class of", read.subjects(RDFS.subClassOf.asNode(), c));
        itemIf("Kind", read.values(c, Unr.kindConcept));
        itemIf("Disjoint with", disjoint.stream().filter(d -> d.members().contains(c))
                .flatMap(d -> d.members().stream()).filter(m -> !m.equals(c)).distinct().toList());
        itemIf("Properties used on it", concat(read.subjects(RDFS.domain.asNode(), c), read.subjects(Std.schemaDomainIncludes, c)));
        itemIf("Properties that point to it", concat(read.subjects(RDFS.range.asNode(), c), read.subjects(Std.schemaRangeIncludes, c)));
    }

    private void propertyDetails(Node p) {
        itemIf("Characteristics", read.values(p, RDF.Nodes.type).stream()
                .filter(t -> t.equals(OWL.FunctionalProperty.asNode())).toList());
        itemIf("Sub-property of", read.values(p, RDFS.subPropertyOf.asNode()));
        itemIf("Super-property of", read.subjects(RDFS.subPropertyOf.asNode(), p));
        itemIf("Domain", read.values(p, RDFS.domain.asNode()));
        itemIf("Used on (no entailment)", read.values(p, Std.schemaDomainIncludes));
        itemIf("Range", read.values(p, RDFS.range.asNode()));
        itemIf("Values include (no entailment)", read.values(p, Std.schemaRangeIncludes));
    }

    private void schemes() {
        out.append("<section id=\"concept-schemes\">\n<h2>Concept schemes</h2>\n");
        out.append("<p>The controlled values of the data, and the PLOVER and CAMEO categories stances map to, as SKOS: ")
                .append(join(read.schemes())).append("</p>\n");
        for (Node scheme : read.schemes()) {
            out.append("<article id=\"").append(Html.text(CanonicalTurtle.shortForm(scheme))).append("\">\n<h3>")
                    .append(Html.text(read.label(scheme))).append(" ").append(Html.code(scheme.getURI())).append("</h3>\n");
            read.texts(scheme, SKOS.definition.asNode()).forEach(d -> paragraph("definition", d));
            read.texts(scheme, SKOS.editorialNote.asNode()).forEach(n -> paragraph("comment", n));
            out.append("<table>\n<tr><th>Key</th><th>Label</th><th>Definition</th><th>Links</th><th>Note</th></tr>\n");
            for (Node concept : read.concepts(scheme)) {
                out.append("<tr id=\"").append(Html.text(CanonicalTurtle.shortForm(concept))).append("\"><td>")
                        .append(Html.code(read.text(concept, SKOS.notation.asNode()).orElse(""))).append("</td><td>")
                        .append(Html.text(read.text(concept, SKOS.prefLabel.asNode()).orElse(""))).append("</td><td>")
                        .append(Html.text(String.join(" ", read.texts(concept, SKOS.definition.asNode())))).append("</td><td>")
                        .append(links(concept)).append("</td><td>")
                        .append(Html.text(String.join(" ", read.texts(concept, SKOS.editorialNote.asNode())))).append("</td></tr>\n");
            }
            out.append("</table>\n</article>\n");
        }
        out.append("</section>\n");
    }

    /** A concept's SKOS mappings and the class it is the kind of. */
    private String links(Node concept) {
        List<String> links = new ArrayList<>();
        MATCHES.forEach((p, name) -> {
            List<Node> targets = read.values(concept, p);
            if (!targets.isEmpty()) {
                links.add(name + " " + join(targets));
            }
        });
        List<Node> classes = read.subjects(Unr.kindConcept, concept);
        if (!classes.isEmpty()) {
            links.add("class " + join(classes));
        }
        return String.join("; ", links);
    }

    private void alignments() {
        out.append("<section id=\"alignments\">\n<h2>Alignments</h2>\n")
                .append("<p>Our terms under the standard terms they specialise.</p>\n")
                .append("<table>\n<tr><th>Term</th><th>Relation</th><th>Standard term</th></tr>\n");
        for (Alignment a : Alignment.of(read.graph())) {
            out.append("<tr><td>").append(ref(a.term())).append("</td><td>").append(Html.text(a.relation()))
                    .append("</td><td>").append(ref(a.standard())).append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    private void disjointness() {
        out.append("<section id=\"disjoint-classes\">\n<h2>Disjoint classes</h2>\n<ul>\n");
        for (OntologyReader.Disjoint d : disjoint) {
            out.append("<li>").append(join(d.members())).append(d.comment().isEmpty() ? "" : ": " + Html.text(d.comment())).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void externalTerms() {
        out.append("<section id=\"external-terms\">\n<h2>External terms</h2>\n")
                .append("<p>Terms of other vocabularies that our data, shapes and axioms use; their meaning is their own.</p>\n<ul>\n");
        for (Node term : read.externalTerms()) {
            out.append("<li>").append(ref(term)).append(" ").append(Html.text(read.label(term))).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private String ref(Node n) {
        if (n.isLiteral()) {
            return Html.text(n.getLiteralLexicalForm());
        }
        if (!n.isURI()) {
            return "(anonymous)";
        }
        String shortForm = CanonicalTurtle.shortForm(n);
        String href = OntologyReader.ours(n) ? "#" + OntologyReader.localName(n)
                : read.graph().contains(n, RDF.Nodes.type, SKOS.Concept.asNode())
                  || read.graph().contains(n, RDF.Nodes.type, SKOS.ConceptScheme.asNode()) ? "#" + shortForm
                : n.getURI();
        return "<a href=\"" + Html.text(href) + "\">" + Html.code(shortForm) + "</a>";
    }

    private String join(List<Node> nodes) {
        return nodes.stream().map(this::ref).collect(Collectors.joining(", "));
    }

    private static List<Node> concat(List<Node> a, List<Node> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    private void paragraph(String cls, String text) {
        out.append("<p class=\"").append(cls).append("\">").append(Html.text(text)).append("</p>\n");
    }

    private void item(String name, String html) {
        out.append("<dt>").append(Html.text(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private void itemIf(String name, List<Node> values) {
        if (!values.isEmpty()) {
            item(name, join(values));
        }
    }
}
