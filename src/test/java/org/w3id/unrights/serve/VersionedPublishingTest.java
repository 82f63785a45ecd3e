package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.graph.OntologyVersion;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The data version in void.ttl, the versioned dumps and ontology IRI, and the endpoint's service description, over HTTP. */
class VersionedPublishingTest extends ServingShippedGraph {

    /** This class reads the dumps: they are written once, for every class that shares the publication. */
    @BeforeAll
    static void dumpsWritten() {
        publication.dumps().awaitWritten();
    }
    private static final Node SERVICE = NodeFactory.createURI(Ids.SPARQL);

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        return graph;
    }

    @Test
    void voidSaysTheDataVersionAndWhenTheDataLastChanged() {
        Graph description = parse(http.get("/dumps/void.ttl").body(), Lang.TURTLE);
        Release release = Release.current();
        assertTrue(description.contains(Ids.DATASET, DatasetTerms.dcatVersion, NodeFactory.createLiteralString(release.version())));
        assertTrue(description.contains(Ids.DATASET, DatasetTerms.dctModified,
                NodeFactory.createLiteralDT(release.date().toString(), XSDDatatype.XSDdate)), "dct:modified is the data's date");
        assertTrue(description.contains(SERVICE, Std.rdfType, DatasetTerms.sdService), "VoID links the service description");
        assertTrue(description.contains(SERVICE, DatasetTerms.sdDefaultDataset, Ids.DATASET));
    }

    @Test
    void theDumpsOfThisVersionHaveTheirOwnNeverChangingUrls() {
        String version = Release.current().version();
        HttpResponse<byte[]> current = http.getBytes("/dumps/un-rights.trig");
        HttpResponse<byte[]> versioned = http.getBytes("/dumps/" + version + "/un-rights.trig");
        assertEquals(200, versioned.statusCode());
        assertArrayEquals(current.body(), versioned.body());
        assertTrue(versioned.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertTrue(current.headers().firstValue("Cache-Control").orElse("").contains("max-age=600"));
        assertEquals(200, http.get("/dumps/" + version + "/").statusCode(), "the listing");
        assertEquals(404, http.get("/dumps/0.0.0-none/un-rights.trig").statusCode(), "only this version is served");
    }

    @Test
    void theOntologyVersionIriDereferences() {
        String versionIri = Unr.ONTOLOGY_IRI + "/" + OntologyVersion.current();
        HttpResponse<String> response = http.get("/ontology/" + OntologyVersion.current(), "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph ontology = parse(response.body(), Lang.TURTLE);
        assertTrue(ontology.contains(NodeFactory.createURI(Unr.ONTOLOGY_IRI), OWL.versionIRI.asNode(), NodeFactory.createURI(versionIri)));
        assertEquals(200, http.get("/ontology/" + OntologyVersion.current(), "Accept", "text/html").statusCode());
    }

    @Test
    void theEndpointWithoutAQueryDescribesItself() {
        HttpResponse<String> turtle = http.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode());
        Graph sd = parse(turtle.body(), Lang.TURTLE);
        assertTrue(sd.contains(SERVICE, DatasetTerms.sdEndpoint, SERVICE));
        assertTrue(sd.contains(SERVICE, DatasetTerms.sdSupportedLanguage, DatasetTerms.sdSPARQL11Query));
        assertTrue(sd.contains(SERVICE, DatasetTerms.sdFeature, DatasetTerms.sdUnionDefaultGraph));
        long named = sd.find(Node.ANY, DatasetTerms.sdName, Node.ANY).toList().size();
        long graphs = org.apache.jena.system.Txn.calculateRead(graph.dataset(), () -> {
            long n = 0;
            for (var it = graph.dataset().listGraphNodes(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
        assertEquals(graphs, named, "every named graph is listed by name");
        assertTrue(sd.contains(Node.ANY, DatasetTerms.sdName, Ids.REFERENCE_GRAPH));

        HttpResponse<String> jsonld = http.get("/sparql", "Accept", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(sd), "JSON-LD says the same");

        HttpResponse<String> query = http.get("/sparql?query=" + HttpTesting.encode("ASK { ?s a <" + Unr.NS + "State> }"),
                "Accept", "application/sparql-results+json");
        assertTrue(query.body().contains("true"), "with a query it is the endpoint: " + query.body());
    }
}
