package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * The DPRK's description over the shipped graph, roll calls included (about 2,100 ballots link to it): the first
 * 40 lines of its Turtle are its own facts, and the pages after the first hold its ballots' {@code unr:voter}
 * links, a hundred a page.
 */
class ShippedDescriptionTest {
    static final Node PRK = Ids.id("state", "prk");

    @Test
    void theDprksTurtleStartsWithTheStateAndItsBallotsComeAHundredAPage() {
        DatasetGraph dataset = Fixtures.shippedGraph().dataset();
        Txn.executeRead(dataset, () -> {
            ResourceDescription first = ResourceDescription.of(dataset, PRK, 1);
            String head = String.join("\n", turtle(first).lines().limit(40).toList());
            for (String own : List.of("unr:State", "\"Democratic People's Republic of Korea\"", "unr:isoAlpha2", "\"KP\"", "unr:isoAlpha3", "\"PRK\"")) {
                assertTrue(head.contains(own), own + " in the first 40 lines:\n" + head);
            }
            assertFalse(head.contains("unr:voter"), head);
            long ballots = first.incoming().stream().filter(q -> q.getPredicate().equals(Unr.voter)).count();
            assertEquals(ResourceDescription.PER_PROPERTY, ballots, "the first page holds a hundred of its ballots");
            assertTrue(first.next().isPresent());

            ResourceDescription second = ResourceDescription.of(dataset, PRK, 2);
            Graph page = LinkedDataTest.union(LinkedDataTest.parse(turtle(second), "text/turtle"));
            List<Triple> triples = page.find().toList().stream().filter(t -> !t.getPredicate().getURI().startsWith("http://www.w3.org/ns/hydra/")).toList();
            assertEquals(ResourceDescription.PER_PROPERTY, triples.size());
            assertTrue(triples.stream().allMatch(t -> t.getPredicate().equals(Unr.voter) && t.getObject().equals(PRK)),
                    "the second page holds ballots' unr:voter links alone");
        });
    }

    @Test
    void theDprksJsonLdAndRdfXmlOpenWithTheStateItself() {
        DatasetGraph dataset = Fixtures.shippedGraph().dataset();
        Txn.executeRead(dataset, () -> {
            ResourceDescription first = ResourceDescription.of(dataset, PRK, 1);
            JsonArray graph = Json.createReader(new StringReader(written(first, "application/ld+json"))).readObject().getJsonArray("@graph");
            assertTrue(graph.size() > 100, "the state and a page of its ballots");
            JsonObject opening = graph.getJsonObject(0);
            assertEquals(PRK.getURI(), expand(opening.getString("@id")), "the first node object is the state's");
            assertTrue(opening.containsKey("unr:isoAlpha3"), opening::toString);
            String xml = written(first, "application/rdf+xml");
            int firstDescription = xml.indexOf("<rdf:Description");
            assertTrue(firstDescription > 0, xml);
            assertTrue(xml.startsWith("<rdf:Description rdf:about=\"" + PRK.getURI() + "\"", firstDescription),
                    xml.substring(firstDescription, Math.min(xml.length(), firstDescription + 200)));
            assertEquals(LinkedDataTest.union(LinkedDataTest.parse(turtle(first), "text/turtle")).size(),
                    LinkedDataTest.union(LinkedDataTest.parse(xml, "application/rdf+xml")).size(), "the same triples as the Turtle");
        });
    }

    private static String expand(String compact) {
        return compact.startsWith("id:") ? Ids.ID + compact.substring(3) : compact;
    }

    private static String turtle(ResourceDescription description) {
        return written(description, "text/turtle");
    }

    private static String written(ResourceDescription description, String mediaType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        description.write(mediaType, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
