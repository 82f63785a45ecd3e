package org.w3id.unrights.ontology;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.unrights.vocab.Std;

/**
 * A Jena graph read by the OWL API, and HermiT's verdict on it: is it consistent, and which named classes can
 * have no instance? OWL 2 has no xsd:date, xsd:gYearMonth or xsd:gYear, so HermiT is told to pass over
 * unsupported datatypes: date values keep their meaning for SHACL and the checks, not for the reasoner.
 */
final class OwlReasoning {
    /** What the reasoner found: consistency, and the IRIs of unsatisfiable classes (when consistent). */
    record Result(boolean consistent, List<String> unsatisfiableClasses) {}

    /** The date datatypes we keep at the source's precision, which OWL 2's datatype map lacks. */
    private static final Set<String> NON_OWL_DATATYPES = Set.of(Std.XSD + "date", Std.XSD + "gYearMonth", Std.XSD + "gYear");

    private final OWLOntology ontology;

    OwlReasoning(Graph graph) {
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, graph, RDFFormat.TURTLE_FLAT);
        try {
            ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                    new StringDocumentSource(turtle.toString(), "urn:un-rights:reasoning", new TurtleDocumentFormat(), null));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("the OWL API cannot read the graph", e);
        }
    }

    Result reason() {
        Configuration configuration = new Configuration();
        configuration.ignoreUnsupportedDatatypes = true;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, configuration);
        try {
            if (!reasoner.isConsistent()) {
                return new Result(false, List.of());
            }
            return new Result(true, reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                    .map(c -> c.getIRI().toString()).sorted().toList());
        } finally {
            reasoner.dispose();
        }
    }

    /** Triples the OWL API could not turn into axioms: RDF that does not say what OWL tools would read. */
    long unparsedTriples() {
        return ontology.getFormat().getOntologyLoaderMetaData().map(m -> m.getUnparsedTriples().count()).orElse(0L);
    }

    /** Where the graph leaves OWL 2 DL, except for values of the date datatypes OWL 2 does not have. */
    List<String> dlViolations() {
        return new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                .filter(v -> !aboutDateDatatype(v))
                .map(OWLProfileViolation::toString).toList();
    }

    private static boolean aboutDateDatatype(OWLProfileViolation violation) {
        return violation.getExpression() instanceof org.semanticweb.owlapi.model.OWLDatatype dt
                && NON_OWL_DATATYPES.contains(dt.getIRI().toString())
                || violation.getExpression() instanceof org.semanticweb.owlapi.model.OWLLiteral literal
                && NON_OWL_DATATYPES.contains(literal.getDatatype().getIRI().toString());
    }
}
