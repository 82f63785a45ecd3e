package org.w3id.unrights.rdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.TreeMap;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.vocab.Prefixes;

/**
 * JSON-LD in the project's published context ({@link #context()}): one node object per subject, compacted
 * with the same JSON-LD engine RIOT uses (Titanium). RIOT's own JSON-LD writer converts the whole graph at
 * once and writes it expanded; compacting one subject at a time keeps memory flat on large graphs and gives
 * readers short keys such as {@code "unr:concerns"}. Triples reach Titanium through its quad interface
 * ({@link QuadsToJsonld}), as in RIOT's writer: Jena 5.6 has no public converter that is not deprecated.
 */
public final class JsonLdWriter {
    private static final String CONTEXT = "@context";
    private static final Node RDF_TYPE = org.apache.jena.vocabulary.RDF.type.asNode();
    private static final String XSD_STRING = org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI();
    private static final String GRAPH = "@graph";

    private JsonLdWriter() {}

    /** The context document: the project's prefixes, published beside the dumps and inlined in every JSON-LD file. */
    public static JsonObject context() {
        JsonObjectBuilder prefixes = Json.createObjectBuilder();
        new TreeMap<>(Prefixes.standard().getNsPrefixMap()).forEach(prefixes::add);
        return Json.createObjectBuilder().add(CONTEXT, prefixes).build();
    }

    /** Writes {@code graph} as one JSON-LD document whose {@code @context} is {@link #context()}. */
    public static void write(Graph graph, OutputStream out) {
        write(graph, null, each -> { }, out);
    }

    /** Writes {@code graph} with the node object of {@code first} before the others (a resource's description). */
    public static void write(Graph graph, Node first, OutputStream out) {
        write(graph, first, each -> { }, out);
    }

    /**
     * Writes {@code graph}, then the node objects of the small graphs {@code more} sends, as one JSON-LD document.
     * A subject may come back in a later graph (written as one more node object with its {@code @id}).
     */
    public static void write(Graph graph, Consumer<Consumer<Graph>> more, OutputStream out) {
        write(graph, null, more, out);
    }

    /** The node objects of {@code graph}'s subjects by IRI, {@code first} (when not null) before them; then {@code more}'s. */
    private static void write(Graph graph, Node first, Consumer<Consumer<Graph>> more, OutputStream out) {
        JsonObject context = context();
        JsonDocument contextDocument = JsonDocument.of(context);
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out)) {
            json.writeStartObject();
            json.write(CONTEXT, context.get(CONTEXT));
            json.writeStartArray(GRAPH);
            // One label per blank node in the whole document, which is the scope of a blank node's identifier.
            Map<Node, String> blankLabels = new HashMap<>();
            Iterator<Node> subjects = graph.find().mapWith(Triple::getSubject).filterDrop(Node::isBlank).toSet().stream()
                    .sorted(Comparator.comparing((Node n) -> !n.equals(first)).thenComparing(n -> n.toString())).iterator();
            while (subjects.hasNext()) {
                Graph one = GraphFactory.createDefaultGraph();
                graph.find(subjects.next(), Node.ANY, Node.ANY).forEach(one::add);
                writeAll(compact(one, contextDocument, blankLabels), json);
            }
            // Blank nodes (the ontology's lists and class expressions) go in one piece, so that an RDF list
            // and the node that holds it are converted together and stay whole.
            Graph blank = GraphFactory.createDefaultGraph();
            graph.find().filterKeep(t -> t.getSubject().isBlank()).forEach(blank::add);
            if (!blank.isEmpty()) {
                writeAll(compact(blank, contextDocument, blankLabels), json);
            }
            CompactIris iris = new CompactIris(context.getJsonObject(CONTEXT));
            more.accept(some -> {
                if (!writePlain(some, iris, json)) {
                    writeAll(compact(some, contextDocument, blankLabels), json);
                }
            });
            json.writeEnd();
            json.writeEnd();
        }
    }

    /**
     * Writes the node objects of {@code graph} straight out, in the form compaction gives them, when every subject
     * is an IRI and every value an IRI or a literal (the data sets' rows); returns false, having written
     * nothing, if a blank node appears, which only the engine keeps whole. The engine costs tens of microseconds a
     * node even in batches; the data sets have millions. {@code JsonLdWriterTest} holds the two to the same
     * triples.
     */
    private static boolean writePlain(Graph graph, CompactIris iris, JsonGenerator json) {
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        for (Triple t : graph.find().toList()) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                return false;
            }
            bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t);
        }
        bySubject.forEach((subject, triples) -> {
            json.writeStartObject();
            json.write("@id", iris.compact(subject.getURI()));
            Map<Node, List<Node>> values = new LinkedHashMap<>();
            List<Node> types = new ArrayList<>();
            for (Triple t : triples) {
                if (t.getPredicate().equals(RDF_TYPE) && t.getObject().isURI()) {
                    types.add(t.getObject());
                } else {
                    values.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
                }
            }
            if (types.size() == 1) {
                json.write("@type", iris.compact(types.get(0).getURI()));
            } else if (!types.isEmpty()) {
                json.writeStartArray("@type");
                types.forEach(type -> json.write(iris.compact(type.getURI())));
                json.writeEnd();
            }
            values.forEach((predicate, objects) -> {
                String key = iris.compact(predicate.getURI());
                if (objects.size() == 1) {
                    json.writeKey(key);
                    value(objects.get(0), iris, json);
                } else {
                    json.writeStartArray(key);
                    objects.forEach(o -> value(o, iris, json));
                    json.writeEnd();
                }
            });
            json.writeEnd();
        });
        return true;
    }

    /** One value as compaction writes it: a plain string for xsd:string, else an object with @value and @language or @type. */
    private static void value(Node o, CompactIris iris, JsonGenerator json) {
        if (o.isURI()) {
            json.writeStartObject().write("@id", iris.compact(o.getURI())).writeEnd();
        } else if (!o.getLiteralLanguage().isEmpty()) {
            json.writeStartObject().write("@value", o.getLiteralLexicalForm()).write("@language", o.getLiteralLanguage()).writeEnd();
        } else if (o.getLiteralDatatypeURI().equals(XSD_STRING)) {
            json.write(o.getLiteralLexicalForm());
        } else {
            json.writeStartObject().write("@value", o.getLiteralLexicalForm()).write("@type", iris.compact(o.getLiteralDatatypeURI())).writeEnd();
        }
    }

    /**
     * IRI compaction with a context of prefixes only, as JSON-LD 1.1 does it: among the prefixes whose IRI starts
     * the IRI (and leaves something after it), the shortest compact IRI, the lesser of two as long; the IRI itself
     * where none fits.
     */
    private static final class CompactIris {
        private final Map<String, String> prefixes = new TreeMap<>();

        CompactIris(JsonObject context) {
            context.forEach((prefix, iri) -> prefixes.put(prefix, ((jakarta.json.JsonString) iri).getString()));
        }

        String compact(String iri) {
            String best = null;
            for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                String ns = prefix.getValue();
                if (iri.length() > ns.length() && iri.startsWith(ns) && !iri.startsWith("//", ns.length())) {
                    String candidate = prefix.getKey() + ":" + iri.substring(ns.length());
                    if (best == null || candidate.length() < best.length()
                            || candidate.length() == best.length() && candidate.compareTo(best) < 0) {
                        best = candidate;
                    }
                }
            }
            return best != null ? best : iri;
        }
    }

    private static void writeAll(Iterable<JsonValue> nodes, JsonGenerator json) {
        for (JsonValue node : nodes) {
            json.write(node);
        }
    }

    /**
     * The node objects of a small graph, compacted, without the context each compaction repeats; blank nodes
     * labelled by {@code blankLabels}, which grows with any new one.
     */
    private static Iterable<JsonValue> compact(Graph one, JsonDocument context, Map<Node, String> blankLabels) {
        try {
            QuadsToJsonld toJsonLd = JsonLd.fromRdf().mode(JsonLdVersion.V1_1);
            for (Triple t : one.find().toList()) {
                quad(toJsonLd, t, blankLabels);
            }
            JsonArray expanded = toJsonLd.toJsonLd();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), context).get();
            if (compacted.containsKey(GRAPH)) {
                return compacted.getJsonArray(GRAPH);
            }
            JsonObjectBuilder node = Json.createObjectBuilder(compacted);
            node.remove(CONTEXT);
            return List.of(node.build());
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /**
     * One triple in Titanium's terms: IRIs as text, blank nodes as {@code _:b0}, {@code _:b1}… (labels of our own,
     * since Jena's need not be valid JSON-LD identifiers), a literal as lexical form, datatype and language.
     */
    private static void quad(QuadsToJsonld out, Triple t, Map<Node, String> blankLabels) throws RdfConsumerException {
        String s = resource(t.getSubject(), blankLabels);
        String p = resource(t.getPredicate(), blankLabels);
        Node o = t.getObject();
        if (o.isLiteral()) {
            String language = o.getLiteralLanguage();
            out.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(), language.isEmpty() ? null : language, null, null);
        } else {
            out.quad(s, p, resource(o, blankLabels), null, null, null, null);
        }
    }

    private static String resource(Node node, Map<Node, String> blankLabels) {
        return node.isBlank() ? blankLabels.computeIfAbsent(node, n -> "_:b" + blankLabels.size()) : node.getURI();
    }
}
