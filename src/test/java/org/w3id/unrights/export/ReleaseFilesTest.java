package org.w3id.unrights.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;

/** Every file of a release parses, and void.ttl tells the truth about the data and the files. */
class ReleaseFilesTest {
    static final Release RELEASE = new Release("9.9.9-test", LocalDate.of(2024, 5, 17));

    @TempDir
    static Path out;
    static RightsGraph graph;
    static Graph description;

    @BeforeAll
    static void export() {
        graph = Fixtures.curatedGraph();
        Exporter.write(graph, org.w3id.unrights.graph.DataSetQuads.NONE, Statistics.of(graph), out, RELEASE);
        description = RDFDataMgr.loadGraph(out.resolve(Dump.VOID.fileName()).toString());
    }

    @Test
    void everyDumpIsWritten() {
        for (Dump dump : Dump.values()) {
            assertTrue(Files.isRegularFile(out.resolve(dump.fileName())), dump.fileName());
        }
    }

    @Test
    void gzippedNTriplesIsTheUnionOneTripleALine() throws IOException {
        Graph parsed = GraphFactory.createDefaultGraph();
        long lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve(Dump.NTRIPLES.fileName())))) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            lines = text.lines().count();
            RDFParser.fromString(text, Lang.NTRIPLES).parse(parsed);
        }
        assertEquals(parsed.size(), lines);
        Txn.executeRead(graph.dataset(), () -> assertTrue(Fixtures.asserted(graph.dataset()).getUnionGraph().isIsomorphicWith(parsed)));
    }

    @Test
    void jsonLdIsTheUnionInThePublishedContext() throws IOException {
        Path jsonld = out.resolve(Dump.JSONLD.fileName());
        Graph parsed = RDFDataMgr.loadGraph(jsonld.toString());
        Txn.executeRead(graph.dataset(), () -> assertTrue(Fixtures.asserted(graph.dataset()).getUnionGraph().isIsomorphicWith(parsed),
                "JSON-LD dump differs from the union"));

        JsonObject dump = Json.createReader(Files.newBufferedReader(jsonld)).readObject();
        JsonObject context = Json.createReader(Files.newBufferedReader(out.resolve(Dump.CONTEXT.fileName()))).readObject();
        assertEquals(context.get("@context"), dump.get("@context"));
        assertEquals(Ids.ID, context.getJsonObject("@context").getString("id"));
        assertTrue(Files.readString(jsonld).contains("\"@id\": \"id:state/prk\""), "IRIs are compacted with the context's prefixes");
    }

    @Test
    void ontologyFileIsTheOntologyGraph() {
        Graph parsed = RDFDataMgr.loadGraph(out.resolve(Dump.ONTOLOGY.fileName()).toString());
        Txn.executeRead(graph.dataset(), () -> assertTrue(graph.dataset().getGraph(Ids.ONTOLOGY_GRAPH).isIsomorphicWith(parsed)));
    }

    @Test
    void voidCountsMatchTheDataset() {
        DatasetGraph dataset = graph.dataset();
        Txn.executeRead(dataset, () -> {
            Graph union = Fixtures.asserted(dataset).getUnionGraph();
            assertEquals(union.size(), datasetNumber("void:triples"));
            assertEquals(union.find().mapWith(t -> t.getSubject()).toSet().size(), datasetNumber("void:distinctSubjects"));
            long entities = union.find().mapWith(t -> t.getSubject())
                    .filterKeep(s -> s.isURI() && s.getURI().startsWith(Ids.ID)).toSet().size();
            assertEquals(entities, datasetNumber("void:entities"));

            Map<Node, Long> perClass = new HashMap<>();
            union.find(Node.ANY, Std.rdfType, Node.ANY).forEach(t -> perClass.merge(t.getObject(), 1L, Long::sum));
            Map<Node, Long> described = new HashMap<>();
            select("SELECT ?c ?n { ?d void:classPartition [ void:class ?c ; void:entities ?n ] }",
                    row -> described.put(row.getResource("c").asNode(), row.getLiteral("n").getLong()));
            assertEquals(perClass, described);

            Map<Node, Long> perGraph = new HashMap<>();
            dataset.listGraphNodes().forEachRemaining(g -> perGraph.put(g, (long) dataset.getGraph(g).size()));
            Map<Node, Long> describedGraphs = new HashMap<>();
            select("SELECT ?g ?n { ?d void:subset ?g . ?g void:triples ?n }",
                    row -> describedGraphs.put(row.getResource("g").asNode(), row.getLiteral("n").getLong()));
            assertEquals(perGraph, describedGraphs);
        });
    }

    @Test
    void voidGivesLicenceVersionDateEndpointAndExamples() {
        assertTrue(description.contains(Ids.DATASET, Std.dctLicense, org.apache.jena.graph.NodeFactory.createURI(DatasetTerms.CC_BY_4_0)));
        assertEquals(1, count("SELECT * { ?d dcat:version \"9.9.9-test\" ; dct:modified \"2024-05-17\"^^xsd:date }"));
        assertEquals(1, count("SELECT * { ?d void:sparqlEndpoint <" + Ids.SPARQL + "> }"));
        assertTrue(description.contains(Ids.DATASET, DatasetTerms.voidExampleResource, Ids.id("state", "prk")));
    }

    @Test
    void everyOtherFileIsListedWithItsSizeAndSha256() throws IOException {
        for (Dump dump : Dump.values()) {
            if (dump == Dump.VOID) {
                continue;
            }
            Path file = out.resolve(dump.fileName());
            Map<String, String> found = new HashMap<>();
            select("SELECT ?size ?sum { <" + dump.downloadUrl() + "> a dcat:Distribution ; dcat:byteSize ?size ;"
                    + " dcat:downloadURL <" + dump.downloadUrl() + "> ;"
                    + " spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sum ] }",
                    row -> {
                        found.put("size", row.getLiteral("size").getLexicalForm());
                        found.put("sum", row.getLiteral("sum").getLexicalForm());
                    });
            assertEquals(Long.toString(Files.size(file)), found.get("size"), dump.fileName());
            assertEquals(DatasetDescription.sha256(file), found.get("sum"), dump.fileName());
        }
        assertEquals(64, DatasetDescription.sha256(out.resolve(Dump.TURTLE.fileName())).length());
    }

    private static long datasetNumber(String property) {
        long[] n = {-1};
        select("SELECT ?n { <" + Ids.DATASET.getURI() + "> " + property + " ?n }", row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private static long count(String query) {
        long[] n = {0};
        select(query, row -> n[0]++);
        return n[0];
    }

    private static void select(String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution exec = QueryExecution.create(Prefixes.sparqlPrologue() + query,
                ModelFactory.createModelForGraph(description))) {
            exec.execSelect().forEachRemaining(each);
        }
    }
}
