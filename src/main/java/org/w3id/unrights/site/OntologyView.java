package org.w3id.unrights.site;

import java.util.List;

/**
 * The ontology reference: header and version, every class and property, every concept scheme with its
 * concepts, the alignments, the disjointness axioms and the external terms. Anchors are the terms' local
 * names (classes, properties) and short forms (schemes, concepts), so {@code /ontology#State} lands on
 * {@code unr:State}.
 */
public record OntologyView(Header header, List<Ref> classes, List<TermSection> sections, List<Ref> schemeRefs,
                           List<Scheme> schemes, List<AlignmentRow> alignments, List<DisjointGroup> disjoint,
                           List<ExternalTerm> external) implements View {
    /** The sections of the page, by anchor and heading, in order: the contents list. */
    public static final List<Section> CONTENTS = List.of(
            new Section("classes", "Classes"), new Section("object-properties", "Object properties"),
            new Section("datatype-properties", "Datatype properties"), new Section("annotation-properties", "Annotation properties"),
            new Section("concept-schemes", "Concept schemes"), new Section("alignments", "Alignments"),
            new Section("disjoint-classes", "Disjoint classes"), new Section("external-terms", "External terms"));

    public record Section(String id, String heading) {}

    /**
     * What the ontology says about itself.
     *
     * @param versionIri   null if none; likewise {@code priorVersion}, {@code description}, {@code comment}, {@code history}
     */
    public record Header(String title, String version, String iri, String versionIri, String priorVersion, List<Link> licences,
                         String creators, String prefix, String description, String comment, String history) {
        public Header {
            licences = List.copyOf(licences);
        }
    }

    /**
     * A term as a reference to it: its short form in code, linked to its anchor here or its own IRI.
     *
     * @param href null for a literal or an anonymous node, shown as {@code text}
     * @param code whether {@code text} is a term's short form (shown as code)
     */
    public record Ref(String href, String text, boolean code) {
        public Ref {
            href = Link.isSafeTarget(href) ? href : null;
        }
    }

    /** One kind of term (classes, object properties…), each term with its description. */
    public record TermSection(String id, String heading, List<Term> terms) {
        public TermSection {
            terms = List.copyOf(terms);
        }
    }

    /** A class or property: names, definitions, notes, examples, and its relations (sub-class of, domain…). */
    public record Term(String anchor, String label, String shortForm, String iri, List<String> definitions,
                       List<String> comments, List<String> examples, List<Detail> details) {
        public Term {
            definitions = List.copyOf(definitions);
            comments = List.copyOf(comments);
            examples = List.copyOf(examples);
            details = List.copyOf(details);
        }
    }

    /** One relation of a term and the terms it relates to. */
    public record Detail(String name, List<Ref> values) {
        public Detail {
            values = List.copyOf(values);
        }
    }

    public record Scheme(String anchor, String label, String iri, List<String> definitions, List<String> notes, List<Concept> concepts) {
        public Scheme {
            definitions = List.copyOf(definitions);
            notes = List.copyOf(notes);
            concepts = List.copyOf(concepts);
        }
    }

    /** A concept's row: key, label, definition, its mappings and class (each a named group of references), note. */
    public record Concept(String anchor, String notation, String label, String definition, List<Detail> links, String note) {
        public Concept {
            links = List.copyOf(links);
        }
    }

    public record AlignmentRow(Ref term, String relation, Ref standard) {}

    public record DisjointGroup(List<Ref> members, String comment) {
        public DisjointGroup {
            members = List.copyOf(members);
        }
    }

    public record ExternalTerm(Ref term, String label) {}

    public OntologyView {
        classes = List.copyOf(classes);
        sections = List.copyOf(sections);
        schemeRefs = List.copyOf(schemeRefs);
        schemes = List.copyOf(schemes);
        alignments = List.copyOf(alignments);
        disjoint = List.copyOf(disjoint);
        external = List.copyOf(external);
    }

    @Override
    public String template() {
        return "ontology.jte";
    }
}
