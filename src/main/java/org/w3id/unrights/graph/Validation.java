package org.w3id.unrights.graph;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.w3id.unrights.diagnostics.DataError;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * Checks the built graph against the SHACL shapes. The data graph is the union of the curated graphs,
 * ontology included, so that {@code rdfs:subClassOf} is visible to the shapes' target classes. It is a view of
 * the dataset, not a copy. The graphs of data sets are left out: their loaders check every row, and the
 * build checks the curated sources before any data sets is read (see {@link GraphBuilder#curated()}).
 */
public final class Validation {
    /**
     * One violation, in words, pointing at the file, line and field that gave the offending value (or made
     * the focus node, when the value is missing) when the node came from the data.
     */
    public record Finding(FilePosition location, String field, String focus, String path, String message) {
        /** The file and line, as printed; null when the focus node came from no data file. */
        public String where() {
            return location == null ? null : location.toString();
        }

        /** The violation as a data error, so that it is reported like every other error in the data. */
        public DataError toError() {
            return new DataError(location, field, message + " (" + focus + (path == null ? "" : " " + path) + ")");
        }

        @Override
        public String toString() {
            return location == null ? focus + (path == null ? "" : " " + path) + ": " + message : toError().toString();
        }
    }

    private static final Prologue PROLOGUE = new Prologue(Prefixes.standard());

    private Validation() {}

    public static List<Finding> check(RightsGraph graph) {
        DatasetGraph dataset = graph.dataset();
        ValidationReport report = Txn.calculateRead(dataset,
                () -> ShaclValidator.get().validate(Shapes.parse(graph.shapes()), new GraphUnionRead(dataset, graph.curatedGraphs())));
        ShaclLocator locator = graph.locator();
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Node focus = entry.focusNode();
            ShaclLocator.Place place = locator.locate(entry);
            String message = entry.message()
                    + (entry.value() == null ? "" : " Value: " + shown(entry.value()) + ".")
                    + (place.others().isEmpty() ? "" : " Also given at " + place.others() + ".");
            findings.add(new Finding(place.location(), place.field(), shown(focus),
                    entry.resultPath() == null ? null : PathWriter.asString(entry.resultPath(), PROLOGUE), message));
        }
        return findings;
    }

    /** {@code id/kind/key} for the data's own IRIs, a prefixed name or an IRI for the rest. */
    private static String shown(Node node) {
        return node.isURI() && node.getURI().startsWith(Ids.ID)
                ? node.getURI().substring(Ids.BASE.length())
                : FmtUtils.stringForNode(node, Prefixes.standard());
    }
}
