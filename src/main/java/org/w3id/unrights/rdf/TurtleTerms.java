package org.w3id.unrights.rdf;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes single RDF terms as Turtle, always the same way: an IRI as a prefixed name under the longest
 * namespace that gives a valid local name, else in angle brackets; integers, decimals and booleans in their
 * short form; every other literal quoted, with its language tag or datatype. Remembers which prefixes were
 * used, so that only those are declared.
 */
final class TurtleTerms {
    /** A conservative subset of Turtle's PN_LOCAL: no escapes needed, no trailing dot. */
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*\\.[0-9]+");

    private final Map<String, String> prefixes;
    private final Map<String, String> used = new TreeMap<>();

    /** @param prefixes prefix name to namespace */
    TurtleTerms(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    /** The prefixes used so far, sorted by name. */
    Map<String, String> usedPrefixes() {
        return used;
    }

    String format(Node node) {
        if (node.isURI()) {
            return node.equals(RDF.Nodes.type) ? "a" : iri(node.getURI());
        }
        if (node.isLiteral()) {
            return literal(node);
        }
        throw new IllegalArgumentException("not an IRI or literal: " + node);
    }

    /** An IRI in a position where {@code a} is not allowed (subjects, objects). */
    String term(Node node) {
        return node.isURI() ? iri(node.getURI()) : format(node);
    }

    private String iri(String iri) {
        String bestName = null;
        String bestNamespace = "";
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String ns = prefix.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNamespace.length()
                    && LOCAL.matcher(iri.substring(ns.length())).matches()) {
                bestName = prefix.getKey();
                bestNamespace = ns;
            }
        }
        if (bestName == null) {
            return "<" + iri + ">";
        }
        used.put(bestName, bestNamespace);
        return bestName + ":" + iri.substring(bestNamespace.length());
    }

    private String literal(Node node) {
        String lexical = node.getLiteralLexicalForm();
        String datatype = node.getLiteralDatatypeURI();
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            return quoted(lexical) + "@" + language;
        }
        if (XSDDatatype.XSDstring.getURI().equals(datatype)) {
            return quoted(lexical);
        }
        if (XSDDatatype.XSDinteger.getURI().equals(datatype) && INTEGER.matcher(lexical).matches()
                || XSDDatatype.XSDdecimal.getURI().equals(datatype) && DECIMAL.matcher(lexical).matches()
                || XSDDatatype.XSDboolean.getURI().equals(datatype) && (lexical.equals("true") || lexical.equals("false"))) {
            return lexical;
        }
        return quoted(lexical) + "^^" + iri(datatype);
    }

    private static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
