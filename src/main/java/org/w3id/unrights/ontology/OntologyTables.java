package org.w3id.unrights.ontology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unrights.load.Kind;
import org.w3id.unrights.load.KindMap;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * The class and concept-scheme tables of docs/ONTOLOGY.md, written from the ontology and the kinds its shapes
 * declare, so that a new class or concept reaches the docs without a hand edit.
 */
public final class OntologyTables {
    /** Schemes with more concepts than this are named by count and file, not listed. */
    private static final int LISTED = 40;

    private final OntologyReader ontology;
    private final Map<Node, Kind> kindOfClass;
    private final KindMap kinds;

    public OntologyTables(Graph ontology, KindMap kinds) {
        this.ontology = new OntologyReader(ontology);
        this.kinds = kinds;
        this.kindOfClass = kinds.kinds().stream().collect(Collectors.toMap(Kind::type, Function.identity()));
    }

    /** Every class of the ontology: its parents, the IRIs of its things if it is a kind, and its definition. */
    public String classes() {
        List<String> rows = new ArrayList<>(List.of(
                "| class | sub-class of | things | what it is |",
                "|---|---|---|---|"));
        for (Node cls : ontology.terms(OWL.Class.asNode())) {
            String parents = ontology.values(cls, RDFS.subClassOf.asNode()).stream()
                    .map(p -> "`" + Prefixes.shortForm(p) + "`").collect(Collectors.joining(", "));
            Kind kind = kindOfClass.get(cls);
            rows.add("| `" + Prefixes.shortForm(cls) + "` | " + parents + " | "
                    + (kind == null ? "" : "`" + kinds.iriTemplate(kind) + "`") + " | "
                    + cell(ontology.text(cls, SKOS.definition.asNode()).orElse("")) + " |");
        }
        return String.join("\n", rows) + "\n";
    }

    /** Every concept scheme with the keys ({@code skos:notation}) of its concepts. */
    public String schemes() {
        List<String> rows = new ArrayList<>(List.of(
                "| scheme | name | concepts |",
                "|---|---|---|"));
        for (Node scheme : ontology.schemes()) {
            List<String> notations = ontology.concepts(scheme).stream()
                    .flatMap(c -> ontology.text(c, SKOS.notation.asNode()).stream()).sorted().toList();
            String listed = notations.size() > LISTED ? notations.size() + " concepts (see the file)" : String.join(", ", notations);
            rows.add("| `" + scheme.getURI().substring(Ids.VOCAB.length()) + "` | "
                    + cell(ontology.text(scheme, SKOS.prefLabel.asNode()).or(() -> ontology.text(scheme, RDFS.label.asNode())).orElse(""))
                    + " | " + listed + " |");
        }
        return String.join("\n", rows) + "\n";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
