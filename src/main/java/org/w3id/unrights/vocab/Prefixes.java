package org.w3id.unrights.vocab;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes every output of the project (dumps, query results, pages) is written with. */
public final class Prefixes {
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

    /** The same prefixes as a SPARQL prologue, so named queries and users need not repeat them. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        standard().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
