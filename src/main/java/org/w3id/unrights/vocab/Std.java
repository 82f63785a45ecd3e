package org.w3id.unrights.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies the data and the ontology use directly (PROV-O, W3C ORG, FOAF, Dublin Core, SKOS, schema.org); each is declared in the ontology. */
public final class Std {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String OPENGOV = "http://www.w3.org/ns/opengov#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String VANN = "http://purl.org/vocab/vann/";

    public static final Node rdfType = uri(RDF + "type");
    public static final Node rdfsLabel = uri(RDFS + "label");
    public static final Node rdfsSubClassOf = uri(RDFS + "subClassOf");
    public static final Node owlSameAs = uri(OWL + "sameAs");
    public static final Node provWasDerivedFrom = uri(PROV + "wasDerivedFrom");
    public static final Node orgMember = uri(ORG + "member");
    public static final Node orgOrganization = uri(ORG + "organization");
    public static final Node foafName = uri(FOAF + "name");
    public static final Node dctTitle = uri(DCT + "title");
    public static final Node dctSource = uri(DCT + "source");
    public static final Node dctCreator = uri(DCT + "creator");
    public static final Node dctIssued = uri(DCT + "issued");
    public static final Node dctPublisher = uri(DCT + "publisher");
    public static final Node dctBibliographicResource = uri(DCT + "BibliographicResource");
    public static final Node foafPage = uri(FOAF + "page");
    public static final Node skosInScheme = uri(SKOS + "inScheme");
    public static final Node skosConcept = uri(SKOS + "Concept");
    public static final Node skosPrefLabel = uri(SKOS + "prefLabel");
    public static final Node skosAltLabel = uri(SKOS + "altLabel");
    public static final Node dctLicense = uri(DCT + "license");
    public static final Node dctDescription = uri(DCT + "description");

    /** schema.org's soft domain and range: where a property is used and what it takes, without entailment. */
    public static final Node schemaDomainIncludes = uri(SCHEMA + "domainIncludes");
    public static final Node schemaRangeIncludes = uri(SCHEMA + "rangeIncludes");

    private Std() {}

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
