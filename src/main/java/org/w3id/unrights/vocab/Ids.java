package org.w3id.unrights.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the project's IRIs. Every data, graph and concept IRI is built here so that the patterns the
 * README's "Identifiers" lists ("id/{kind}/{key}", "graph/{name}", "vocab/{scheme}/{key}") exist in one place only.
 */
public final class Ids {
    public static final String BASE = "https://w3id.org/un-rights/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    public static final String VOCAB = BASE + "vocab/";
    /** Namespace of the SHACL shapes in {@code ontology/shapes.ttl}. */
    public static final String SHAPES = BASE + "shapes#";

    /** Where the dumps are published; the server answers for the same path. */
    public static final String DUMPS = BASE + "dumps/";
    /** Namespace of the project's own SPARQL functions (docs/QUERYING.md). */
    public static final String FUNCTION = BASE + "function#";
    /** The public SPARQL endpoint. */
    public static final String SPARQL = BASE + "sparql";
    /** The endpoint over the asserted triples alone, without the class and property hierarchy. */
    public static final String SPARQL_ASSERTED = SPARQL + "/asserted";
    /** The dataset as a whole, described in the dumps' VoID/DCAT file. */
    public static final Node DATASET = NodeFactory.createURI(BASE + "dataset");

    public static final Node REFERENCE_GRAPH = graph("reference");
    public static final Node ONTOLOGY_GRAPH = graph("ontology");
    /** Values computed at build from the asserted facts ({@code graph.ComputedGraph}): counts, passage lists and roll-call lists; not a source's graph. */
    public static final Node COMPUTED_GRAPH = graph("computed");
    /** Holds the SHACL shapes where the ontology checks need them beside the data; never served. */
    public static final Node SHAPES_GRAPH = graph("shapes");

    private Ids() {}

    /** The {@code {kind}} of an IRI {@code id/{kind}/…}, "concept" for the vocabularies' concepts, else "other". */
    public static String kindOf(Node node) {
        String iri = node.isURI() ? node.getURI() : "";
        if (iri.startsWith(ID)) {
            int slash = iri.indexOf('/', ID.length());
            return slash < 0 ? "other" : iri.substring(ID.length(), slash);
        }
        return iri.startsWith(VOCAB) ? "concept" : "other";
    }

    /** Whether {@code node} is a concept of one of the project's vocabularies ({@code vocab/{scheme}/{key}}). */
    public static boolean isConcept(Node node) {
        return node.isURI() && node.getURI().startsWith(VOCAB);
    }

    /** Whether {@code graph} holds a source's facts: not the reference tables, the ontology or the counts computed from the facts. */
    public static boolean isSourceGraph(Node graph) {
        return !graph.equals(REFERENCE_GRAPH) && !graph.equals(ONTOLOGY_GRAPH) && !graph.equals(COMPUTED_GRAPH);
    }

    /** {@code https://w3id.org/un-rights/id/{kind}/{key}}; keys are used as given (UN symbols keep their slashes). */
    public static Node id(String kind, String key) {
        return NodeFactory.createURI(ID + kind + "/" + key);
    }

    public static Node graph(String name) {
        return NodeFactory.createURI(GRAPH + name);
    }

    public static Node concept(String scheme, String key) {
        return NodeFactory.createURI(VOCAB + scheme + "/" + key);
    }

    public static Node scheme(String scheme) {
        return NodeFactory.createURI(VOCAB + scheme);
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI("http://www.wikidata.org/entity/" + qid);
    }
}
