package org.w3id.unrights.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The node objects of the data sets are written straight out, without the JSON-LD engine: parsed back, they
 * give exactly the triples written, for every kind of value a row has; a blank node still goes through the engine.
 */
class JsonLdWriterTest {
    private static final Node VOTE = Ids.id("vote", "unga-rollcall-1");
    private static final Node BALLOT = Ids.id("ballot", "unga-rollcall-1/prk");

    @Test
    void rowsWrittenStraightOutParseBackToTheSameTriples() {
        Graph rows = GraphFactory.createDefaultGraph();
        rows.add(Triple.create(VOTE, Std.rdfType, Unr.Vote));
        rows.add(Triple.create(VOTE, Std.rdfType, NodeFactory.createURI("http://www.w3.org/ns/opengov#VoteEvent")));
        rows.add(Triple.create(VOTE, Unr.hasBallot, BALLOT));
        rows.add(Triple.create(VOTE, Unr.hasBallot, Ids.id("ballot", "unga-rollcall-1/jpn")));
        rows.add(Triple.create(VOTE, Std.rdfsLabel, NodeFactory.createLiteralLang("Vote \"quoted\", ünïcode, tab\there", "en")));
        rows.add(Triple.create(VOTE, Std.dctTitle, NodeFactory.createLiteralString("A plain string\nwith a line break")));
        rows.add(Triple.create(VOTE, Unr.symbol, NodeFactory.createLiteralDT("A/RES/1/1", XSDDatatype.XSDstring)));
        rows.add(Triple.create(VOTE, NodeFactory.createURI(Unr.NS + "importantVote"), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean)));
        rows.add(Triple.create(VOTE, NodeFactory.createURI(Unr.NS + "yesCount"), NodeFactory.createLiteralDT("116", XSDDatatype.XSDinteger)));
        rows.add(Triple.create(VOTE, NodeFactory.createURI("http://example.org/no-prefix#date"), NodeFactory.createLiteralDT("2014-12-18", XSDDatatype.XSDdate)));
        rows.add(Triple.create(BALLOT, Std.rdfType, Unr.Ballot));
        rows.add(Triple.create(BALLOT, Unr.voter, Ids.id("state", "prk")));
        rows.add(Triple.create(BALLOT, NodeFactory.createURI("http://example.org/no-prefix#link"), NodeFactory.createURI("http://example.org/elsewhere")));
        String written = write(rows);
        assertFalse(written.contains("\"@context\": {}"), "the context is the project's");
        assertTrue(written.contains("\"@id\": \"id:ballot/unga-rollcall-1/prk\""), "IRIs as compact IRIs of the context's prefixes");
        assertIsomorphic(rows, written);
    }

    @Test
    void aBlankNodeGoesThroughTheEngineAndStaysWhole() {
        Graph rows = GraphFactory.createDefaultGraph();
        Node blank = NodeFactory.createBlankNode();
        rows.add(Triple.create(VOTE, Std.rdfType, Unr.Vote));
        rows.add(Triple.create(VOTE, NodeFactory.createURI(Unr.NS + "tally"), blank));
        rows.add(Triple.create(blank, NodeFactory.createURI(Unr.NS + "yesCount"), NodeFactory.createLiteralDT("116", XSDDatatype.XSDinteger)));
        assertIsomorphic(rows, write(rows));
    }

    /** {@code rows} as the dumps write a batch of data-set subjects, after an empty curated part. */
    private static String write(Graph rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdWriter.write(GraphFactory.createDefaultGraph(), more -> more.accept(rows), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertIsomorphic(Graph expected, String jsonld) {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonld, Lang.JSONLD).parse(parsed);
        assertTrue(expected.isIsomorphicWith(parsed), () -> "parsed back:\n" + parsed + "\nfrom:\n" + jsonld);
    }
}
