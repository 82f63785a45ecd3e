package org.w3id.unrights.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unrights.vocab.Ids;

/**
 * The titles of votes and resolutions, made from what each is: its body, years, symbol and title, and the states
 * its text concerns, with the values spread over graphs as the curated data and the roll calls spread them. The
 * same titles in memory and in a TDB2 store (where each property is read whole).
 */
class RecordTitlesTest {
    private static final String DATA = """
            @prefix unr: <https://w3id.org/un-rights/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <https://w3id.org/un-rights/id/> .

            <https://w3id.org/un-rights/graph/reference> {
              id:ga rdfs:label "General Assembly" .
              id:prk rdfs:label "Democratic People's Republic of Korea" ; skos:altLabel "DPRK" , "North Korea" .
            }
            <https://w3id.org/un-rights/graph/record> {
              id:r1 a unr:Resolution ; unr:inBody id:ga ; unr:symbol "A/RES/69/188" ; unr:concerns id:prk .
              id:v1 a unr:Vote ; unr:inBody id:ga ; unr:date "2014-12-18"^^xsd:date ; unr:onResolution id:r1 ;
                    dct:title "Situation of   human rights" .
              id:v2 a unr:Vote ; unr:date "2015-01-05"^^xsd:date ; unr:onResolution id:r1 .
              id:v3 a unr:Vote ; unr:inBody id:ga .
            }
            <https://w3id.org/un-rights/graph/article> {
              id:r1 dct:title "Situation of human rights in the DPRK" .
              id:v1 unr:date "2014-12-18"^^xsd:date .
            }
            """;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTitleSaysWhatTheRecordIsAndWhomItsTextConcerns(boolean inStore) {
        DatasetGraph dataset = inStore ? DatabaseMgr.createDatasetGraph() : DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(dataset));

        Map<Node, String> titles = Txn.calculateRead(dataset, () -> RecordTitles.of(dataset));

        assertEquals(4, titles.size(), titles::toString);
        String concerning = "concerning Democratic People's Republic of Korea " + altLabels(dataset);
        assertEquals("Resolution A/RES/69/188 Situation of human rights in the DPRK of the General Assembly 2014 2015 " + concerning,
                titles.get(id("r1")), "the years it was voted on, each once");
        assertEquals("Vote of the General Assembly 2014 on A/RES/69/188 Situation of human rights in the DPRK " + concerning,
                titles.get(id("v1")), "a date stated in two graphs gives its year once; the vote's own title is not its record title");
        assertEquals("Vote 2015 on A/RES/69/188 Situation of human rights in the DPRK " + concerning, titles.get(id("v2")));
        assertEquals("Vote of the General Assembly", titles.get(id("v3")));
    }

    /** The state's other names in the order the dataset gives them (a store orders values by its own ids). */
    private static String altLabels(DatasetGraph dataset) {
        return String.join(" ", Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, id("prk"),
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel"), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).distinct().toList()));
    }

    private static Node id(String local) {
        return NodeFactory.createURI(Ids.ID + local);
    }
}
