package org.w3id.unrights.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sorting loader against Jena's phased loader on the same stream: every index of both databases holds the
 * same tuples of nodes, in ascending order, whether the rows stay in memory or go to files and are merged.
 */
class SortedLoaderTest {
    @TempDir
    Path dir;

    @Test
    void everyIndexHoldsWhatThePhasedLoaderWrites() {
        assertSameAsPhased(SortedLoader.CHUNK_ROWS);
    }

    @Test
    void rowsSpilledToFilesAndMergedGiveTheSameIndexes() {
        // Chunks of 97 rows: the quads go to many files, each index is merged from many sorted runs.
        assertSameAsPhased(97);
        assertFalse(Files.exists(dir.resolve("sorted-scratch")), "the scratch files are removed");
    }

    @Test
    void aFailedLoadReleasesTheDatabase() {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(dir.resolve("failed").toString());
        SortedLoader loader = SortedLoader.into(database, dir.resolve("failed-scratch"), 50);
        loader.start();
        quads().subList(0, 400).forEach(loader.stream()::quad);
        loader.abort();
        // Out of TDB2's exclusive mode again: an ordinary transaction goes through.
        Txn.executeWrite(database, () -> database.add(quads().get(0)));
        assertEquals(1, Txn.calculateRead(database, () -> database.stream().count()));
        assertFalse(Files.exists(dir.resolve("failed-scratch")));
    }

    @Test
    void aNodeThatCannotBeStoredStopsTheLoadWithItsError() {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(dir.resolve("bad").toString());
        SortedLoader loader = SortedLoader.into(database, dir.resolve("bad-scratch"));
        loader.start();
        StreamRDF stream = loader.stream();
        // A variable is not RDF: the node table refuses it, on the loader's own thread.
        stream.quad(Quad.create(NodeFactory.createURI("http://example.org/g"), NodeFactory.createVariable("x"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o")));
        RuntimeException failure = assertThrows(RuntimeException.class, loader::finish);
        assertTrue(String.valueOf(failure.getMessage()).length() > 0);
        loader.abort();
    }

    private void assertSameAsPhased(int chunkRows) {
        List<Quad> quads = quads();
        DatasetGraph phased = DatabaseMgr.connectDatasetGraph(dir.resolve("phased").toString());
        DataLoader reference = LoaderFactory.phasedLoader(phased, (format, args) -> {});
        reference.startBulk();
        quads.forEach(reference.stream()::quad);
        reference.finishBulk();

        DatasetGraph sorted = DatabaseMgr.connectDatasetGraph(dir.resolve("sorted").toString());
        SortedLoader loader = SortedLoader.into(sorted, dir.resolve("sorted-scratch"), chunkRows);
        loader.start();
        quads.forEach(loader.stream()::quad);
        loader.finish();

        Map<String, List<List<Node>>> expected = indexes(phased);
        Map<String, List<List<Node>>> actual = indexes(sorted);
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            Set<List<Node>> missing = new java.util.HashSet<>(expected.get(name));
            missing.removeAll(Set.copyOf(actual.get(name)));
            Set<List<Node>> extra = new java.util.HashSet<>(actual.get(name));
            extra.removeAll(Set.copyOf(expected.get(name)));
            assertEquals(List.of(), missing.stream().limit(3).toList(), "index " + name + ": tuples missing");
            assertEquals(List.of(), extra.stream().limit(3).toList(), "index " + name + ": tuples not expected");
            assertEquals(expected.get(name).size(), actual.get(name).size(), "index " + name + ": each tuple once");
        }
        // Some quads were sent twice; each database keeps them once, and the patterns that each index serves find
        // the same quads in both.
        assertTrue(Set.copyOf(quads).size() < quads.size());
        Node graph = NodeFactory.createURI("http://example.org/graph/1");
        Node predicate = NodeFactory.createURI("http://example.org/p/2");
        Node object = NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger);
        List<Node[]> patterns = List.of(new Node[] {Node.ANY, Node.ANY, Node.ANY, Node.ANY},
                new Node[] {graph, Node.ANY, predicate, Node.ANY}, new Node[] {Node.ANY, Node.ANY, Node.ANY, object},
                new Node[] {Node.ANY, Node.ANY, predicate, Node.ANY}, new Node[] {Quad.defaultGraphIRI, Node.ANY, Node.ANY, object});
        for (Node[] pattern : patterns) {
            Set<Quad> inPhased = found(phased, pattern);
            assertFalse(inPhased.isEmpty(), List.of(pattern).toString());
            assertEquals(inPhased, found(sorted, pattern), List.of(pattern).toString());
        }
    }

    private static Set<Quad> found(DatasetGraph database, Node[] pattern) {
        return Txn.calculateRead(database, () -> Iter.toSet(database.find(pattern[0], pattern[1], pattern[2], pattern[3])));
    }

    /** Each index's tuples as nodes, in the index's own order; the ids must ascend as the B+tree requires. */
    private static Map<String, List<List<Node>>> indexes(DatasetGraph database) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(database);
        Map<String, List<List<Node>>> byName = new TreeMap<>();
        Txn.executeRead(database, () -> {
            NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            List<TupleIndex> all = new ArrayList<>(List.of(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()));
            all.addAll(List.of(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()));
            for (TupleIndex index : all) {
                List<List<Node>> tuples = new ArrayList<>();
                Iterator<Tuple<NodeId>> it = index.all();
                while (it.hasNext()) {
                    Tuple<NodeId> tuple = it.next();
                    List<Node> row = new ArrayList<>();
                    for (int i = 0; i < tuple.len(); i++) {
                        row.add(nodes.getNodeForNodeId(tuple.get(i)));
                    }
                    tuples.add(row);
                }
                byName.put(index.getName(), tuples);
            }
        });
        return byName;
    }

    /**
     * Some thousands of quads in three named graphs and the default graph, with the kinds of node TDB2 stores
     * differently (IRIs, blank nodes, strings, language strings, and integers, decimals, doubles, dates and
     * booleans that it keeps inside the id), and some quads sent twice.
     */
    private static List<Quad> quads() {
        Random random = new Random(20261207L);
        List<Node> objects = List.of(
                NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("-3", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("123456789012345678901234567890", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2.5", XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralDT("1.0e3", XSDDatatype.XSDdouble),
                NodeFactory.createLiteralDT("2014-02-17", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("2014-02-17T10:00:00Z", XSDDatatype.XSDdateTime),
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
                NodeFactory.createLiteralString("a plain string"),
                NodeFactory.createLiteralLang("un texte", "fr"),
                NodeFactory.createBlankNode("b1"));
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int g = random.nextInt(4);
            Node graph = g == 0 ? Quad.defaultGraphIRI : NodeFactory.createURI("http://example.org/graph/" + g);
            Node subject = NodeFactory.createURI("http://example.org/s/" + random.nextInt(400));
            Node predicate = NodeFactory.createURI("http://example.org/p/" + random.nextInt(6));
            Node object = random.nextBoolean() ? objects.get(random.nextInt(objects.size()))
                    : NodeFactory.createURI("http://example.org/s/" + random.nextInt(400));
            quads.add(Quad.create(graph, subject, predicate, object));
            if (i % 50 == 0) {
                quads.add(quads.get(random.nextInt(quads.size())));
            }
        }
        return quads;
    }
}
