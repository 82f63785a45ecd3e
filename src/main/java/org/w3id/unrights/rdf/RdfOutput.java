package org.w3id.unrights.rdf;

import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ResIterator;
import org.apache.jena.rdf.model.impl.ModelCom;
import org.apache.jena.rdf.model.impl.ResIteratorImpl;
import org.apache.jena.rdfxml.xmloutput.impl.RDFXML_Basic;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Every way the project writes RDF, in one place: by media type for the servlets (JSON-LD in the published
 * context, TriG and N-Quads keeping each triple's graph, the other formats from the triples merged), pretty
 * Turtle for small descriptions, and streamed output for the dumps. The ontology's own layout is
 * {@link CanonicalTurtle}; JSON-LD is {@link JsonLdWriter}.
 */
public final class RdfOutput {
    private RdfOutput() {}

    /**
     * Writes in the RDF format of {@code mediaType}: a quad format (TriG, N-Quads) from {@code quads}, so that
     * each triple keeps its named graph; JSON-LD and the triple formats from {@code merged}.
     */
    public static void write(String mediaType, DatasetGraph quads, Graph merged, OutputStream out) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        if (lang == null) {
            throw new IllegalArgumentException("not an RDF media type: " + mediaType);
        }
        if (lang.equals(Lang.JSONLD)) {
            JsonLdWriter.write(merged, out);
        } else if (RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang)) {
            RDFWriter.source(quads).lang(lang).output(out);
        } else {
            RDFWriter.source(merged).lang(lang).output(out);
        }
    }

    /**
     * As {@link #write}, for the description of one resource: the resource comes first in every format, its
     * node object opening JSON-LD's {@code @graph} and its {@code rdf:Description} the RDF/XML (Jena's plain
     * RDF/XML writer). The stream formats are written in order by the caller.
     */
    public static void writeDescription(String mediaType, DatasetGraph quads, Graph merged, Node resource, OutputStream out) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        if (Lang.JSONLD.equals(lang)) {
            JsonLdWriter.write(merged, resource, out);
        } else if (Lang.RDFXML.equals(lang)) {
            // Jena's plain RDF/XML writer describes the subjects in the order the model lists them.
            ModelCom resourceFirst = new ModelCom(merged) {
                @Override
                public ResIterator listSubjects() {
                    Stream<Node> others = merged.find().mapWith(Triple::getSubject).toSet().stream().filter(s -> !s.equals(resource));
                    return new ResIteratorImpl(Stream.concat(Stream.of(resource).filter(r -> merged.contains(r, Node.ANY, Node.ANY)), others)
                            .map(this::wrapAsResource).iterator());
                }
            };
            new RDFXML_Basic().write(resourceFirst, out, null);
        } else {
            write(mediaType, quads, merged, out);
        }
    }

    /** A small graph as readable Turtle, with the graph's own prefixes. */
    public static void prettyTurtle(Graph graph, OutputStream out) {
        RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
    }

    /**
     * Streams whatever {@code send} emits in {@code format}, without holding the output in memory. The same
     * triples in the same order give the same bytes: N-Triples and N-Quads label blank nodes {@code b0},
     * {@code b1}, … in the order they first appear (as the Turtle and TriG writers do), where Jena's own writer
     * prints each blank node's internal label, which a new parse or a new store draws afresh.
     */
    public static void stream(OutputStream out, RDFFormat format, Consumer<StreamRDF> send) {
        StreamRDF writer;
        AWriter plain = null;
        if (format.equals(RDFFormat.NTRIPLES) || format.equals(RDFFormat.NQUADS)) {
            plain = IO.wrapUTF8(out);
            writer = new WriterStreamRDFPlain(plain, new BlankNodesInOrder());
        } else {
            writer = StreamRDFWriter.getWriterStream(out, format);
        }
        writer.start();
        send.accept(writer);
        writer.finish();
        if (plain != null) {
            plain.flush();
        }
    }

    /** N-Triples terms, blank nodes labelled in the order they are first written. */
    private static final class BlankNodesInOrder extends NodeFormatterNT {
        private final NodeToLabel labels = NodeToLabel.createScopeByDocument();

        @Override
        public void formatBNode(AWriter w, Node n) {
            w.print(labels.get(null, n));
        }
    }
}
