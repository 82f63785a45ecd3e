package org.w3id.unrights.ontology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.UnionDefaultGraph;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;

/**
 * The quality checks of {@code ontology/checks/}: SPARQL SELECT queries that must return no rows, in the
 * manner of ROBOT's report queries. Each row is a problem; its first variable, {@code ?term}, names the term
 * at fault. They run over {@link #dataset(RightsGraph) one dataset} holding the ontology, the shapes and the
 * data, each in its named graph, so a check can tell where a term is defined from where it is used.
 */
public final class OntologyChecks {
    /** One row of one check. */
    public record Finding(String check, String term, String detail) {
        @Override
        public String toString() {
            return check + ": " + term + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private final List<NamedQuery> checks;

    /** @param dir the folder of check queries, {@code ontology/checks} */
    public OntologyChecks(Path dir) {
        this.checks = new NamedQueries(dir).all();
    }

    public List<NamedQuery> checks() {
        return checks;
    }

    /** The rows of every check over {@code dataset}: empty when all is well. */
    public List<Finding> run(DatasetGraph dataset) {
        List<Finding> findings = new ArrayList<>();
        for (NamedQuery check : checks) {
            findings.addAll(run(check, dataset));
        }
        return findings;
    }

    public static List<Finding> run(NamedQuery check, DatasetGraph dataset) {
        List<Finding> findings = new ArrayList<>();
        DatasetGraph union = new UnionDefaultGraph(dataset);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(check.text(), DatasetFactory.wrap(union))) {
                ResultSet rows = exec.execSelect();
                List<String> vars = rows.getResultVars();
                rows.forEachRemaining(row -> findings.add(finding(check.name(), vars, row)));
            }
        });
        return findings;
    }

    /**
     * A copy of the built graph's curated named graphs (not the data sets), plus the shapes in {@code graph/shapes}: the dataset the checks
     * read. A copy, so that tests can add a broken fixture to it without touching the graph.
     */
    public static DatasetGraph dataset(RightsGraph graph) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> {
            Txn.executeRead(graph.dataset(), () -> graph.curatedGraphs().forEach(g ->
                    graph.dataset().getGraph(g).find().forEachRemaining(t -> copy.add(g, t.getSubject(), t.getPredicate(), t.getObject()))));
            graph.shapes().find().forEachRemaining(t -> copy.add(Ids.SHAPES_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return copy;
    }

    private static Finding finding(String check, List<String> vars, QuerySolution row) {
        List<String> details = new ArrayList<>();
        for (String var : vars.subList(1, vars.size())) {
            if (row.contains(var)) {
                details.add(var + " " + format(row.get(var).asNode()));
            }
        }
        String term = row.contains(vars.get(0)) ? format(row.get(vars.get(0)).asNode()) : "?";
        return new Finding(check, term, String.join(", ", details));
    }

    private static String format(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : Prefixes.shortForm(node);
    }
}
