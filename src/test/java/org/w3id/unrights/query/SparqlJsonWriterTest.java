package org.w3id.unrights.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparqlJsonWriterTest {
    private static final Var U = Var.alloc("u");
    private static final Var B = Var.alloc("b");
    private static final Var PLAIN = Var.alloc("plain");
    private static final Var LANG = Var.alloc("lang");
    private static final Var TYPED = Var.alloc("typed");
    private static final Var QUOTED = Var.alloc("quoted");
    private static final List<Var> VARS = List.of(U, B, PLAIN, LANG, TYPED, QUOTED);

    @BeforeAll
    static void jena() {
        JenaSystem.init();
    }

    /** Every kind of term, strings JSON must escape, and a row with unbound variables. */
    private static List<Binding> rows() {
        Node blank = NodeFactory.createBlankNode();
        Node state = NodeFactory.createURI("https://w3id.org/un-rights/id/state/prk");
        Binding full = BindingFactory.builder()
                .add(U, state)
                .add(B, blank)
                .add(PLAIN, NodeFactory.createLiteralString("a \"quoted\" word, a back\\slash, a tab\t, a \u0001 control, \u2028 and 🗳"))
                .add(LANG, NodeFactory.createLiteralLang("Résolution sur la RPDC", "fr"))
                .add(TYPED, NodeFactory.createLiteralDT("2014-12-18", XSDDatatype.XSDdate))
                .add(QUOTED, NodeFactory.createTripleTerm(Triple.create(state, NodeFactory.createURI("https://w3id.org/un-rights/ontology#voter"), blank)))
                .build();
        Binding sparse = BindingFactory.builder().add(U, NodeFactory.createURI("urn:x:second")).add(B, blank).build();
        return List.of(full, sparse);
    }

    private static RowSet rowSet() {
        return RowSetStream.create(VARS, rows().iterator());
    }

    private static String written(RowSet rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rows);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isWhatJenaWritesJsonResultsWith() {
        assertInstanceOf(SparqlJsonWriter.class, RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON));
    }

    @Test
    void readsBackAsTheSameRowsThroughJenasReader() {
        ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(written(rowSet()).getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        ResultSetRewindable expected = ResultSetFactory.makeRewindable(rowSet());
        ResultSetRewindable actual = ResultSetFactory.makeRewindable(back);
        assertEquals(List.of("u", "b", "plain", "lang", "typed", "quoted"), actual.getResultVars());
        assertEquals(2, actual.size());
        // Equal term by term, the blank node matched to its counterpart wherever it appears.
        assertTrue(ResultSetCompare.equalsByTerm(expected, actual));
    }

    @Test
    void writesTheDocumentOfTheRecommendation() {
        JsonObject doc = JsonParser.parseString(written(rowSet())).getAsJsonObject();
        assertEquals("[\"u\",\"b\",\"plain\",\"lang\",\"typed\",\"quoted\"]", doc.getAsJsonObject("head").getAsJsonArray("vars").toString());
        var bindings = doc.getAsJsonObject("results").getAsJsonArray("bindings");
        JsonObject first = bindings.get(0).getAsJsonObject();
        assertEquals("{\"type\":\"uri\",\"value\":\"https://w3id.org/un-rights/id/state/prk\"}", first.get("u").toString());
        assertEquals("fr", first.getAsJsonObject("lang").get("xml:lang").getAsString());
        assertFalse(first.getAsJsonObject("plain").has("datatype"), "a plain string has no datatype");
        assertEquals("http://www.w3.org/2001/XMLSchema#date", first.getAsJsonObject("typed").get("datatype").getAsString());
        assertEquals("bnode", first.getAsJsonObject("b").get("type").getAsString());
        JsonObject triple = first.getAsJsonObject("quoted");
        assertEquals("triple", triple.get("type").getAsString());
        // The blank node keeps one label within the document, inside the quoted triple too.
        assertEquals(first.getAsJsonObject("b").get("value"), triple.getAsJsonObject("value").getAsJsonObject("object").get("value"));
        JsonObject second = bindings.get(1).getAsJsonObject();
        assertEquals(2, second.size(), "unbound variables are left out of their row");
        assertEquals(first.getAsJsonObject("b").get("value"), second.getAsJsonObject("b").get("value"));
    }

    @Test
    void writesAskAnswers() {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, answer);
            assertEquals(answer, ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
            JsonObject doc = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals(0, doc.getAsJsonObject("head").size());
        }
    }

    @Test
    void writesAnEmptyAnswer() {
        String json = written(RowSetStream.create(VARS, List.<Binding>of().iterator()));
        JsonObject doc = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(0, doc.getAsJsonObject("results").getAsJsonArray("bindings").size());
        assertEquals(0, ResultSetFactory.makeRewindable(ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON)).size());
    }
}
