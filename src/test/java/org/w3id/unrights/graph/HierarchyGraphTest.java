package org.w3id.unrights.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.GraphRDFS;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The hierarchy graph answers every pattern as Jena's RDFS graph does, without reading a resource's other triples for its types. */
class HierarchyGraphTest {
    private static final String EX = "http://example.org/";
    private static final String VOCABULARY = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix : <http://example.org/> .
            :Vote rdfs:subClassOf :Event . :Event rdfs:subClassOf :Activity .
            :Ballot rdfs:subClassOf :Activity .
            :date rdfs:subPropertyOf :when .
            :voter rdfs:subPropertyOf :agent . :agent rdfs:subPropertyOf :participant .
            """;
    /**
     * A state that cast many ballots, a vote typed with a class and its superclass, an untyped thing, a ballot
     * linked to its voter by a property and by its superproperty (each entailing the next one up).
     */
    private static final String DATA = """
            @prefix : <http://example.org/> .
            :prk a :State .
            :v1 a :Vote , :Event ; :date "2014" ; :hasBallot :b1 , :b2 , :b3 .
            :v2 a :Ballot , :Vote .
            :b1 a :Ballot ; :voter :prk ; :agent :prk . :b2 a :Ballot ; :voter :prk . :b3 a :Ballot ; :voter :prk .
            :loose :voter :prk .
            """;

    private final SetupRDFS setup = RDFSFactory.setupRDFS(parse(VOCABULARY));
    private final Graph data = parse(DATA);

    @Test
    void everyPatternIsAnsweredAsJenaAnswersIt() {
        Graph jena = new GraphRDFS(data, setup);
        Graph ours = new HierarchyGraph(data, setup);
        List<Node> terms = Stream.concat(Stream.of(Node.ANY, RDF.type.asNode()),
                Stream.of("prk", "v1", "v2", "b1", "loose", "Vote", "Event", "Activity", "Ballot", "State", "date", "when", "voter", "hasBallot")
                        .map(n -> NodeFactory.createURI(EX + n))).toList();
        int patterns = 0;
        for (Node s : terms) {
            for (Node p : terms) {
                for (Node o : terms) {
                    assertEquals(sorted(jena.find(s, p, o).toList()), sorted(ours.find(s, p, o).toList()), s + " " + p + " " + o);
                    assertEquals(jena.contains(s, p, o), ours.contains(s, p, o), s + " " + p + " " + o);
                    patterns++;
                }
            }
        }
        assertEquals(16 * 16 * 16, patterns);
        assertTrue(ours.contains(uri("v1"), RDF.type.asNode(), uri("Activity")), "a superclass of a stated type");
        assertFalse(ours.contains(uri("prk"), RDF.type.asNode(), uri("Activity")));
    }

    @Test
    void theTypesOfAStateAreReadWithoutItsBallots() {
        AtomicLong read = new AtomicLong();
        Graph counting = counting(read);
        List<Triple> types = new HierarchyGraph(counting, setup).find(uri("prk"), RDF.type.asNode(), Node.ANY).toList();
        assertEquals(List.of(Triple.create(uri("prk"), RDF.type.asNode(), uri("State"))), types);
        assertEquals(1, read.get(), "only the state's own type triple is read, not the four triples that point at it");

        read.set(0);
        new GraphRDFS(counting, setup).find(uri("prk"), RDF.type.asNode(), Node.ANY).toList();
        assertTrue(read.get() > 1, "Jena's matcher reads the triples pointing at the state too");
    }

    @Test
    void whetherAResourceHasAClassWithoutSubclassesIsOneLookUp() {
        AtomicLong read = new AtomicLong();
        Graph ours = new HierarchyGraph(counting(read), setup);
        assertFalse(ours.contains(uri("prk"), RDF.type.asNode(), uri("Ballot")));
        assertEquals(0, read.get(), "no class is below :Ballot, so the state's own types need not be read");
        assertTrue(ours.contains(uri("b1"), RDF.type.asNode(), uri("Ballot")));

        read.set(0);
        assertFalse(ours.contains(uri("prk"), RDF.type.asNode(), uri("Activity")));
        assertEquals(1, read.get(), "for a class with subclasses, the stated types are read");
        assertTrue(ours.contains(uri("v1"), RDF.type.asNode(), uri("Activity")));
    }

    @Test
    void aVocabularyWithDomainsOrRangesIsRefused() {
        SetupRDFS withDomain = RDFSFactory.setupRDFS(parse(VOCABULARY + "\n:voter <http://www.w3.org/2000/01/rdf-schema#domain> :Ballot ."));
        assertFalse(HierarchyGraph.suits(withDomain));
        assertTrue(HierarchyGraph.suits(setup));
        assertThrows(IllegalArgumentException.class,
                () -> new HierarchyDataset(new UnionDefaultGraph(DatasetGraphFactory.create()), withDomain, new Context()));
    }

    /** The data, counting in {@code read} every triple a look-up gives. */
    private Graph counting(AtomicLong read) {
        return new GraphWrapper(data) {
            @Override
            public org.apache.jena.util.iterator.ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                return super.find(s, p, o).mapWith(t -> {
                    read.incrementAndGet();
                    return t;
                });
            }
        };
    }

    private static List<String> sorted(List<Triple> triples) {
        return triples.stream().map(Triple::toString).sorted().toList();
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }
}
