package org.w3id.unrights.export;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;

/**
 * The SPARQL 1.1 Service Description of the endpoint, answered at {@code /sparql} without a query and linked
 * from void.ttl: SPARQL 1.1 Query only, the result formats the server writes, the default graph as the union
 * of the named graphs, and each named graph by name. The default dataset is the VoID dataset, so the two
 * descriptions meet in one node.
 */
public final class ServiceDescription {
    /** Result and RDF formats /sparql answers in, as the W3C names them. */
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML");

    private ServiceDescription() {}

    /** The service's own triples, which void.ttl repeats: what it is, where, and which dataset it serves. */
    static void service(Graph out) {
        service(out, NodeFactory.createURI(Ids.SPARQL));
    }

    /** The triples of a SPARQL 1.1 query service at {@code service} over the union of this dataset's graphs. */
    private static void service(Graph out, Node service) {
        out.add(service, Std.rdfType, DatasetTerms.sdService);
        out.add(service, DatasetTerms.sdEndpoint, service);
        out.add(service, DatasetTerms.sdSupportedLanguage, DatasetTerms.sdSPARQL11Query);
        out.add(service, DatasetTerms.sdFeature, DatasetTerms.sdUnionDefaultGraph);
        out.add(service, DatasetTerms.sdDefaultDataset, Ids.DATASET);
    }

    /**
     * The three property functions both endpoints evaluate (every other is off), as SPARQL language extensions:
     * a property function is neither an expression function (sd:extensionFunction) nor a feature of the dataset.
     */
    private static void languageExtensions(Graph out, Node service) {
        Node text = NodeFactory.createURI("http://jena.apache.org/text#query");
        Node agreement = NodeFactory.createURI(Ids.FUNCTION + "agreement");
        Node ballot = NodeFactory.createURI(Ids.FUNCTION + "ballot");
        out.add(service, DatasetTerms.sdLanguageExtension, text);
        out.add(service, DatasetTerms.sdLanguageExtension, agreement);
        out.add(service, DatasetTerms.sdLanguageExtension, ballot);
        out.add(text, Std.dctDescription, NodeFactory.createLiteralLang(
                "Jena's full-text search over names, titles, UN symbols, summaries and quotations: (?s ?score ?text) text:query (property \"words\").", "en"));
        out.add(agreement, Std.dctDescription, NodeFactory.createLiteralLang(
                "Voting agreement between states on the General Assembly's roll calls, from the vote matrix: "
                + "(?a ?b ?from ?to ?issue) unrf:agreement (?shared ?same ?index); see docs/QUERYING.md.", "en"));
        out.add(ballot, Std.dctDescription, NodeFactory.createLiteralLang(
                "The ballots of the General Assembly's roll calls, from the vote matrix: ?rollCall unrf:ballot (?state ?option), "
                + "each bound or not; see docs/QUERYING.md.", "en"));
    }

    /** The whole description of the endpoint serving {@code dataset} (named graphs as built, not the query view). */
    public static Graph of(DatasetGraph dataset) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.standard()).setNsPrefix("sd", DatasetTerms.SD);
        service(out);
        Node service = NodeFactory.createURI(Ids.SPARQL);
        RESULT_FORMATS.forEach(f -> out.add(service, DatasetTerms.sdResultFormat, NodeFactory.createURI(DatasetTerms.FORMATS + f)));
        languageExtensions(out, service);
        out.add(service, Std.dctDescription, NodeFactory.createLiteralLang(
                "Read-only SPARQL 1.1 query over the UN Rights Graph. The default graph is the union of all named graphs. "
                + "Every graph, the default and each named one, is seen through the ontology's rdfs:subClassOf and "
                + "rdfs:subPropertyOf hierarchy (no other RDFS rule): a thing typed unr:Review is also found as a unr:Event, "
                + "a unr:date also as a dct:date. So counts here exceed the asserted ones that void.ttl gives by the "
                + "entailed triples, and by the counts the build computes from the facts (graph " + Ids.COMPUTED_GRAPH.getURI()
                + ", described apart in void.ttl); " + Ids.SPARQL_ASSERTED + " answers over the asserted triples alone.", "en"));
        // No sd:defaultEntailmentRegime here: the W3C's RDFS regime would claim every RDFS rule, and only two apply.
        // The same data, asserted triples only: its counts are VoID's, the computed graph's given apart.
        Node asserted = NodeFactory.createURI(Ids.SPARQL_ASSERTED);
        service(out, asserted);
        out.add(asserted, DatasetTerms.sdDefaultEntailmentRegime, DatasetTerms.entSimple);
        out.add(asserted, Std.dctDescription, NodeFactory.createLiteralLang(
                "The same data without the hierarchy: the triples as published in the dumps, whose counts void.ttl gives, "
                + "and the graph of counts, passage lists and roll-call lists computed at build (" + Ids.COMPUTED_GRAPH.getURI() + "), whose triples void.ttl gives apart.", "en"));
        RESULT_FORMATS.forEach(f -> out.add(asserted, DatasetTerms.sdResultFormat, NodeFactory.createURI(DatasetTerms.FORMATS + f)));
        languageExtensions(out, asserted);
        Node ds = Ids.DATASET;
        out.add(ds, Std.rdfType, DatasetTerms.sdDataset);
        Node defaultGraph = NodeFactory.createBlankNode();
        out.add(ds, DatasetTerms.sdDefaultGraph, defaultGraph);
        out.add(defaultGraph, Std.rdfType, DatasetTerms.sdGraphClass);
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(name -> {
            Node named = NodeFactory.createBlankNode();
            out.add(ds, DatasetTerms.sdNamedGraphProperty, named);
            out.add(named, Std.rdfType, DatasetTerms.sdNamedGraph);
            out.add(named, DatasetTerms.sdName, name);
        }));
        return out;
    }
}
