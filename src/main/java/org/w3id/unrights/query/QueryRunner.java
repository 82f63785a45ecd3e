package org.w3id.unrights.query;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.QueryView;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.rdf.RdfOutput;
import org.w3id.unrights.vocab.Prefixes;

/** Runs a query offline over the built graph, seeing what the server offers: the same {@link QueryView}. */
public final class QueryRunner {
    private final DatasetGraph dataset;

    public QueryRunner(RightsGraph graph) {
        this.dataset = QueryView.of(graph);
    }

    /** Runs SELECT and ASK as results in {@code format}; CONSTRUCT and DESCRIBE as Turtle. */
    public void run(String queryText, ResultFormat format, OutputStream out) {
        Query query = QueryFactory.create(queryText);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(query, org.apache.jena.query.DatasetFactory.wrap(dataset))) {
                if (query.isSelectType()) {
                    format.write(exec.execSelect(), out, query.getPrefixMapping().numPrefixes() > 0 ? query.getPrefixMapping() : Prefixes.standard());
                } else if (query.isAskType()) {
                    org.apache.jena.query.ResultSetFormatter.out(out, exec.execAsk());
                } else {
                    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    model.setNsPrefixes(Prefixes.standard());
                    RdfOutput.prettyTurtle(model.getGraph(), out);
                }
            }
        });
    }

    /** A SELECT result as CSV text, the form expected results are kept in. */
    public String selectAsCsv(String queryText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(queryText, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Gives {@code action} the results of a SELECT, inside a read transaction. */
    public void select(String queryText, Consumer<ResultSet> action) {
        Query query = QueryFactory.create(queryText);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(query, org.apache.jena.query.DatasetFactory.wrap(dataset))) {
                action.accept(exec.execSelect());
            }
        });
    }
}
