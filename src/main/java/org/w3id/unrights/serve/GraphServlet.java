package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unrights.rdf.RdfOutput;
import org.w3id.unrights.site.GraphView;
import org.w3id.unrights.site.SharedLabels;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;

/**
 * Dereferences the named-graph IRIs, {@code GET /graph/{name}} for {@code https://w3id.org/un-rights/graph/{name}}:
 * the whole graph in an RDF format (TriG and N-Quads keep its name), or for a browser a page saying what the
 * graph holds, with links to the source it comes from and to each format.
 */
final class GraphServlet extends HttpServlet {
    static final Negotiation FORMATS = DereferenceServlet.FORMATS;

    private final transient DatasetGraph dataset;
    private final transient SharedLabels labels;

    /**
     * @param dataset the dataset with its named graphs as built (no inference)
     * @param labels  the labels of {@code dataset}'s things, kept across requests
     */
    GraphServlet(DatasetGraph dataset, SharedLabels labels) {
        this.dataset = dataset;
        this.labels = labels;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Node graphName = NodeFactory.createURI(Ids.GRAPH + name);
        Optional<String> negotiated = FORMATS.negotiate(request, response);
        if (negotiated.isEmpty()) {
            return;
        }
        String mediaType = negotiated.get();
        Txn.executeRead(dataset, () -> {
            try {
                if (name.isEmpty() || !dataset.containsGraph(graphName)) {
                    Responses.notFound(response, "No such graph",
                            "The graph " + graphName.getURI() + " is not in this dataset.", "/dumps/", "dumps and their VoID description");
                } else if (mediaType.equals(Responses.HTML)) {
                    Responses.page(response, page(graphName, name, dataset.getGraph(graphName)));
                } else {
                    response.setContentType(Responses.contentType(mediaType));
                    write(graphName, dataset.getGraph(graphName), mediaType, response.getOutputStream());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** TriG and N-Quads keep the graph's name; the other formats write its triples. */
    private static void write(Node graphName, Graph graph, String mediaType, OutputStream out) {
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        named.addGraph(graphName, graph);
        RdfOutput.write(mediaType, named, graph, out);
    }

    /** What the graph is, how big, where it comes from, and the formats it can be had in. */
    private GraphView page(Node graphName, String name, Graph graph) {
        Node source = Ids.id("source", name);
        boolean isSource = dataset.contains(graphName, source, Std.rdfType, Node.ANY);
        GraphView.Kind kind = isSource ? GraphView.Kind.SOURCE
                : graphName.equals(Ids.ONTOLOGY_GRAPH) ? GraphView.Kind.ONTOLOGY
                : graphName.equals(Ids.COMPUTED_GRAPH) ? GraphView.Kind.COMPUTED : GraphView.Kind.REFERENCE;
        return new GraphView(name, graphName.getURI(), kind, isSource ? labels.forRequest().link(source) : null,
                graph.size(), FORMATS.links(""));
    }
}
