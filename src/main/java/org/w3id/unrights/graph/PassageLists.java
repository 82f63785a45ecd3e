package org.w3id.unrights.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The passage lists of {@code graph/computed} ({@link ComputedGraph}): for each thing of the reference tables and
 * each article it names as a source, the passages of that article whose facts name the thing or a body under it,
 * found once at build, so that {@code where-reference-data-comes-from} reads a list per thing instead of joining
 * every fact that names a body with its locator and source at each request. Each list is a
 * {@code unr:PassageList} naming its method ({@code unr:computedBy} {@code computation:passages-naming-a-thing}),
 * without {@code prov:wasDerivedFrom}.
 * <p>
 * What is found follows what {@code /sparql} answers to the same question asked of the facts: subproperties of
 * {@code dct:source}, {@code org:subOrganizationOf}, {@code unr:locator} and {@code prov:wasDerivedFrom} count
 * with them, and subclasses of {@code unr:Source} with it. {@code PassageListsTest} holds the named query to
 * that question.
 */
public final class PassageLists {
    /** The method, the concept of the computation scheme whose definition says what is listed. */
    public static final Node PASSAGES_NAMING_A_THING = Ids.concept("computation", "passages-naming-a-thing");
    private static final Node SUB_ORGANIZATION_OF = NodeFactory.createURI(Std.ORG + "subOrganizationOf");

    private final DatasetGraph dataset;
    private final OntologyTerms terms;
    private final Set<Node> derivations;
    private final Set<Node> locatorProperties;
    private final Set<Node> partOf;
    /** Per source, the graphs that type it a source: asked once per source, not once per thing naming it. */
    private final Map<Node, Set<Node>> graphsOfSource = new HashMap<>();

    private PassageLists(DatasetGraph dataset) {
        this.dataset = dataset;
        this.terms = new OntologyTerms(dataset.getGraph(Ids.ONTOLOGY_GRAPH));
        this.derivations = terms.withNarrowerProperties(Std.provWasDerivedFrom);
        this.locatorProperties = terms.withNarrowerProperties(Unr.locator);
        this.partOf = terms.withNarrowerProperties(SUB_ORGANIZATION_OF);
    }

    /** The passage lists of {@code dataset}'s asserted facts, as the graph {@code graph/computed} holds them; inside a read transaction. */
    static Graph of(DatasetGraph dataset) {
        return new PassageLists(dataset).lists();
    }

    private Graph lists() {
        Graph out = GraphFactory.createDefaultGraph();
        sourcesOfThings().forEach((thing, sources) -> {
            Set<Node> namedOnes = thingAndBodiesUnder(thing);
            for (Node source : sources) {
                SortedSet<Node> passages = new TreeSet<>(NodeCmp::compareRDFTerms);
                graphsOfSource.computeIfAbsent(source, this::graphsDescribingAsSource).forEach(g -> namedOnes.forEach(named ->
                        dataset.find(g, Node.ANY, Node.ANY, named).forEachRemaining(q -> {
                            if (derivedFrom(g, q.getSubject(), source)) {
                                passages.addAll(locators(g, q.getSubject()));
                            }
                        })));
                if (!passages.isEmpty()) {
                    write(out, thing, source, passages);
                }
            }
        });
        return out;
    }

    /** Each thing of the reference graph with the sources it names ({@code dct:source} or a subproperty). */
    private SortedMap<Node, SortedSet<Node>> sourcesOfThings() {
        SortedMap<Node, SortedSet<Node>> sources = new TreeMap<>(NodeCmp::compareRDFTerms);
        for (Node property : terms.withNarrowerProperties(Std.dctSource)) {
            dataset.find(Ids.REFERENCE_GRAPH, Node.ANY, property, Node.ANY).forEachRemaining(q ->
                    sources.computeIfAbsent(q.getSubject(), t -> new TreeSet<>(NodeCmp::compareRDFTerms)).add(q.getObject()));
        }
        return sources;
    }

    /** The thing and every body under it in the reference graph through {@code org:subOrganizationOf}, followed any number of times. */
    private Set<Node> thingAndBodiesUnder(Node thing) {
        Set<Node> found = new HashSet<>(Set.of(thing));
        Deque<Node> todo = new ArrayDeque<>(found);
        while (!todo.isEmpty()) {
            Node above = todo.pop();
            partOf.forEach(p -> dataset.find(Ids.REFERENCE_GRAPH, Node.ANY, p, above).forEachRemaining(q -> {
                if (found.add(q.getSubject())) {
                    todo.push(q.getSubject());
                }
            }));
        }
        return found;
    }

    /** The named graphs, {@code graph/computed} aside, that type {@code source} a {@code unr:Source} or a subclass of it. */
    private Set<Node> graphsDescribingAsSource(Node source) {
        Set<Node> graphs = new HashSet<>();
        for (Node type : terms.withNarrowerClasses(Unr.Source)) {
            dataset.find(Node.ANY, source, Std.rdfType, type).forEachRemaining(q -> {
                if (ComputedGraph.readFrom(q.getGraph())) {
                    graphs.add(q.getGraph());
                }
            });
        }
        return graphs;
    }

    private boolean derivedFrom(Node g, Node fact, Node source) {
        return derivations.stream().anyMatch(p -> dataset.contains(g, fact, p, source));
    }

    private Set<Node> locators(Node g, Node fact) {
        Set<Node> found = new HashSet<>();
        locatorProperties.forEach(p ->
                dataset.find(g, fact, p, Node.ANY).forEachRemaining(q -> found.add(q.getObject())));
        return found;
    }

    private static void write(Graph out, Node thing, Node source, Set<Node> passages) {
        Node list = NodeFactory.createURI(Ids.ID + "passages/" + ComputedGraph.key(thing) + "/in/" + ComputedGraph.key(source));
        out.add(list, Std.rdfType, Unr.PassageList);
        out.add(list, Unr.computedBy, PASSAGES_NAMING_A_THING);
        out.add(list, Unr.listedThing, thing);
        out.add(list, Unr.listedSource, source);
        passages.forEach(passage -> out.add(list, Unr.passageLocator, passage));
    }
}
