package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;

/**
 * Counts that explain themselves: {@code /sparql} sees every graph through the class and property hierarchy,
 * so it counts more triples than void.ttl; {@code /sparql/asserted} answers over the asserted triples alone and
 * counts what void.ttl counts; the service description says which is which.
 */
class AssertedEndpointTest extends ServingShippedGraph {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void theAssertedEndpointCountsWhatVoidCountsAndTheEndpointAddsTheHierarchy() {
        long asserted = count(RightsServer.ASSERTED, COUNT);
        // the counts computed at build are in the store too, in a graph that void.ttl describes apart
        long computed = count(RightsServer.ASSERTED, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Ids.COMPUTED_GRAPH.getURI() + "> { ?s ?p ?o } }");
        assertTrue(computed > 0);
        assertEquals(publication.statistics().triples() + computed, asserted, "void:triples");
        long quads = publication.statistics().triplesPerGraph().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(quads + computed, count(RightsServer.ASSERTED, COUNT_QUADS), "the triples of each named graph");
        assertTrue(count(RightsServer.SPARQL, COUNT) > asserted, "the hierarchy's entailed triples come on top");
    }

    @Test
    void aSuperclassMatchesOnTheEndpointAndNotOnTheAssertedOne() {
        // Reviews are typed unr:Review; unr:Review is a subclass of unr:Event.
        String reviewsAsEvents = "PREFIX unr: <https://w3id.org/un-rights/ontology#> SELECT (COUNT(DISTINCT ?r) AS ?n) "
                + "WHERE { ?r a unr:Review . ?r a unr:Event }";
        assertTrue(count(RightsServer.SPARQL, reviewsAsEvents) > 0);
        assertEquals(0, count(RightsServer.ASSERTED, reviewsAsEvents));
    }

    @Test
    void theServiceDescriptionNamesBothServicesAndWhatEachSees() {
        Graph description = RDFParser.fromString(http.get(RightsServer.SPARQL, "Accept", "text/turtle").body(), Lang.TURTLE).toGraph();
        Node asserted = NodeFactory.createURI(Ids.SPARQL_ASSERTED);
        assertTrue(description.contains(asserted, DatasetTerms.sdDefaultEntailmentRegime, DatasetTerms.entSimple));
        assertTrue(description.contains(asserted, DatasetTerms.sdEndpoint, asserted));
        String said = description.find(NodeFactory.createURI(Ids.SPARQL), Node.ANY, Node.ANY).toList().toString();
        assertTrue(said.contains("rdfs:subClassOf") && said.contains(Ids.SPARQL_ASSERTED), said);
        for (Node service : java.util.List.of(NodeFactory.createURI(Ids.SPARQL), asserted)) {
            assertTrue(description.contains(service, DatasetTerms.sdLanguageExtension, NodeFactory.createURI(Ids.FUNCTION + "agreement")), said);
            assertTrue(description.contains(service, DatasetTerms.sdLanguageExtension, NodeFactory.createURI(Ids.FUNCTION + "ballot")), said);
            assertTrue(description.contains(service, DatasetTerms.sdLanguageExtension, NodeFactory.createURI("http://jena.apache.org/text#query")), said);
        }
    }

    private static long count(String endpoint, String query) {
        String body = http.get(endpoint + "?query=" + HttpTesting.encode(query), "Accept", "application/sparql-results+json").body();
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return results.next().getLiteral("n").getLong();
    }
}
