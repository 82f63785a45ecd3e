package org.w3id.unrights.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.stream.JsonWriter;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * SPARQL 1.1 query results in JSON ({@code application/sparql-results+json}), written compactly through Gson's
 * streaming writer. Jena's own writer indents every value on a line of its own through a writer that handles
 * each character, which made a large answer about twice as big and four times as slow to write as its CSV;
 * results are what every client of the endpoint reads, most of them as JSON. The document is the one the
 * W3C recommendation describes: {@code head.vars}, then {@code results.bindings}, one object per row with an
 * entry per bound variable ({@code uri}, {@code bnode}, {@code literal} with {@code xml:lang} or
 * {@code datatype}, and {@code triple} for a quoted triple), or {@code boolean} for ASK. Blank nodes are given
 * labels of their own for the document unless {@link ARQ#outputGraphBNodeLabels} asks for the store's.
 *
 * <p>Registered in place of Jena's writer when Jena starts ({@link Registration}, a
 * {@link JenaSubsystemLifecycle} found by the service loader), so that the endpoint, the named-query pages and
 * the {@code query} command all write it.
 */
public final class SparqlJsonWriter implements RowSetWriter {
    private static final int BUFFER = 1 << 16;

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        write(utf8(out), rows, context);
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels)
                ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        List<Var> vars = rows.getResultVars();
        try {
            JsonWriter json = new JsonWriter(out);
            json.beginObject();
            json.name("head").beginObject().name("vars").beginArray();
            for (Var var : vars) {
                json.value(var.getVarName());
            }
            json.endArray().endObject();
            json.name("results").beginObject().name("bindings").beginArray();
            while (rows.hasNext()) {
                Binding row = rows.next();
                json.beginObject();
                for (Var var : vars) {
                    Node value = row.get(var);
                    if (value != null) {
                        json.name(var.getVarName());
                        term(json, value, labels);
                    }
                }
                json.endObject();
            }
            json.endArray().endObject();
            json.endObject();
            end(json, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        Writer writer = utf8(out);
        try {
            JsonWriter json = new JsonWriter(writer);
            json.beginObject().name("head").beginObject().endObject().name("boolean").value(result).endObject();
            end(json, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }

    /** The document written out, with a final line end, and nothing left in a buffer. */
    private static void end(JsonWriter json, Writer out) throws IOException {
        json.flush();
        out.write('\n');
        out.flush();
    }

    private static void term(JsonWriter json, Node node, NodeToLabel labels) throws IOException {
        json.beginObject();
        if (node.isURI()) {
            json.name("type").value("uri").name("value").value(node.getURI());
        } else if (node.isLiteral()) {
            json.name("type").value("literal");
            String lang = node.getLiteralLanguage();
            if (!Lib.isEmpty(lang)) {
                json.name("xml:lang").value(lang);
            } else if (!Util.isSimpleString(node)) {
                json.name("datatype").value(node.getLiteralDatatypeURI());
            }
            json.name("value").value(node.getLiteralLexicalForm());
        } else if (node.isBlank()) {
            // The label comes with its leading "_:".
            json.name("type").value("bnode").name("value").value(labels.get(null, node).substring(2));
        } else if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            json.name("type").value("triple").name("value").beginObject();
            json.name("subject");
            term(json, triple.getSubject(), labels);
            json.name("predicate");
            term(json, triple.getPredicate(), labels);
            json.name("object");
            term(json, triple.getObject(), labels);
            json.endObject();
        } else {
            throw new IllegalArgumentException("not an RDF term: " + node);
        }
        json.endObject();
    }

    /** Puts this writer in Jena's registry for {@link ResultSetLang#RS_JSON} once Jena's own writers are there. */
    public static final class Registration implements JenaSubsystemLifecycle {
        @Override
        public void start() {
            RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new SparqlJsonWriter());
        }

        @Override
        public void stop() {}

        /** After ARQ and RIOT, which register Jena's writers. */
        @Override
        public int level() {
            return 500;
        }
    }
}
