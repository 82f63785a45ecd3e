package org.w3id.unrights.vocab;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes every output of the project (dumps, query results, pages) is written with. */
public final class Prefixes {
    private static final Pattern SCHEME_PREFIX = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");

    private Prefixes() {}

    public static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("unr", Unr.NS);
        pm.setNsPrefix("id", Ids.ID);
        pm.setNsPrefix("vocab", Ids.VOCAB);
        pm.setNsPrefix("prov", Std.PROV);
        pm.setNsPrefix("org", Std.ORG);
        pm.setNsPrefix("foaf", Std.FOAF);
        pm.setNsPrefix("dct", Std.DCT);
        pm.setNsPrefix("skos", Std.SKOS);
        pm.setNsPrefix("owl", Std.OWL);
        pm.setNsPrefix("rdf", Std.RDF);
        pm.setNsPrefix("rdfs", Std.RDFS);
        pm.setNsPrefix("xsd", Std.XSD);
        pm.setNsPrefix("schema", Std.SCHEMA);
        pm.setNsPrefix("opengov", Std.OPENGOV);
        pm.setNsPrefix("void", Std.VOID);
        pm.setNsPrefix("dcat", Std.DCAT);
        pm.setNsPrefix("spdx", DatasetTerms.SPDX);
        pm.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        return pm;
    }

    /** The standard prefixes and those the ontology files use besides: SHACL, VANN and our shapes. */
    public static PrefixMapping ontologyFiles() {
        PrefixMapping pm = standard();
        pm.setNsPrefix("sh", org.apache.jena.shacl.vocabulary.SHACL.NS);
        pm.setNsPrefix("vann", Std.VANN);
        pm.setNsPrefix("unrsh", Ids.SHAPES);
        return pm;
    }

    /**
     * The prefixes an ontology file is written with: {@link #ontologyFiles()}, one per concept scheme used
     * ({@code stance:} for {@code vocab/stance/}), and the file's own where they add a namespace under a free name.
     */
    public static PrefixMapping forOntologyFile(Graph graph, PrefixMapping declared) {
        PrefixMapping pm = ontologyFiles();
        graph.find().forEachRemaining(t -> List.of(t.getSubject(), t.getPredicate(), t.getObject()).forEach(n -> addScheme(pm, n)));
        declared.getNsPrefixMap().forEach((name, ns) -> {
            if (pm.getNsPrefixURI(name) == null && pm.getNsURIPrefix(ns) == null) {
                pm.setNsPrefix(name, ns);
            }
        });
        return pm;
    }

    /** A term as the ontology files write it ({@code unr:State}, {@code stance:rejects}), for messages and docs. */
    public static String shortForm(Node node) {
        if (node.isBlank()) {
            return "[]";
        }
        PrefixMapping pm = ontologyFiles();
        addScheme(pm, node);
        return NodeFmtLib.str(node, PrefixMapFactory.create(pm));
    }

    private static void addScheme(PrefixMapping pm, Node n) {
        if (n.isURI() && n.getURI().startsWith(Ids.VOCAB)) {
            String rest = n.getURI().substring(Ids.VOCAB.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && SCHEME_PREFIX.matcher(rest.substring(0, slash)).matches() && pm.getNsPrefixURI(rest.substring(0, slash)) == null) {
                pm.setNsPrefix(rest.substring(0, slash), Ids.VOCAB + rest.substring(0, slash + 1));
            }
        }
    }

    /** The same prefixes as a SPARQL prologue, so named queries and users need not repeat them. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        standard().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
