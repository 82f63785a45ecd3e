package org.w3id.unrights.graph;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * Checks the built graph against the SHACL shapes. The data graph is the union of the curated graphs,
 * ontology included, so that {@code rdfs:subClassOf} is visible to the shapes' target classes; the graphs of
 * bulk data sets are left out (their loader checks every row).
 */
public final class Validation {
    /** One violation, in words, pointing at the data file where the focus node was defined when known. */
    public record Finding(String where, String focus, String path, String message) {
        @Override
        public String toString() {
            return (where == null ? "" : where + ": ") + focus + (path == null ? "" : " " + path) + ": " + message;
        }
    }

    private Validation() {}

    public static List<Finding> check(RightsGraph graph) {
        Graph data = GraphFactory.createDefaultGraph();
        // Only the curated graphs: a data set's rows were checked as they streamed in, and copying millions of
        // triples for the shapes would double the memory a build needs.
        Txn.executeRead(graph.dataset(), () -> graph.dataset().listGraphNodes().forEachRemaining(g -> {
            if (graph.isCurated(g)) {
                graph.dataset().getGraph(g).find().forEachRemaining(data::add);
            }
        }));
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(graph.shapes()), data);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Node focus = entry.focusNode();
            findings.add(new Finding(
                    graph.origin(focus).map(Object::toString).orElse(null),
                    FmtUtils.stringForNode(focus, org.w3id.unrights.vocab.Prefixes.standard()),
                    entry.resultPath() == null ? null : entry.resultPath().toString(),
                    entry.message()));
        }
        return findings;
    }
}
