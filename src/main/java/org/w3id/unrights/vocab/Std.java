package org.w3id.unrights.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies the data uses directly (PROV-O, W3C ORG, FOAF, Dublin Core, SKOS), and VoID, DCAT and SPDX for the description of the dumps. */
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
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    /** The data's licence. */
    public static final String CC_BY_4_0 = "https://creativecommons.org/licenses/by/4.0/";
    /** IANA's media-type register, whose IRIs DCAT uses for {@code dcat:mediaType}. */
    public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    public static final Node rdfType = uri(RDF + "type");
    public static final Node rdfsLabel = uri(RDFS + "label");
    public static final Node owlSameAs = uri(OWL + "sameAs");
    public static final Node provWasDerivedFrom = uri(PROV + "wasDerivedFrom");
    public static final Node orgSubOrganizationOf = uri(ORG + "subOrganizationOf");
    public static final Node orgMember = uri(ORG + "member");
    public static final Node orgOrganization = uri(ORG + "organization");
    public static final Node foafName = uri(FOAF + "name");
    public static final Node dctTitle = uri(DCT + "title");
    public static final Node dctCreator = uri(DCT + "creator");
    public static final Node dctPublisher = uri(DCT + "publisher");
    public static final Node dctIssued = uri(DCT + "issued");
    public static final Node dctSubject = uri(DCT + "subject");
    public static final Node skosAltLabel = uri(SKOS + "altLabel");
    public static final Node skosInScheme = uri(SKOS + "inScheme");
    public static final Node skosConcept = uri(SKOS + "Concept");
    public static final Node skosPrefLabel = uri(SKOS + "prefLabel");
    public static final Node dctLicense = uri(DCT + "license");
    public static final Node dctModified = uri(DCT + "modified");
    public static final Node dctDescription = uri(DCT + "description");
    public static final Node dctSource = uri(DCT + "source");
    public static final Node dctConformsTo = uri(DCT + "conformsTo");

    // VoID and DCAT, for the description of the dumps
    public static final Node voidDataset = uri(VOID + "Dataset");
    public static final Node voidTriples = uri(VOID + "triples");
    public static final Node voidEntities = uri(VOID + "entities");
    public static final Node voidClasses = uri(VOID + "classes");
    public static final Node voidProperties = uri(VOID + "properties");
    public static final Node voidDistinctSubjects = uri(VOID + "distinctSubjects");
    public static final Node voidClassPartition = uri(VOID + "classPartition");
    public static final Node voidClass = uri(VOID + "class");
    public static final Node voidSubset = uri(VOID + "subset");
    public static final Node voidDataDump = uri(VOID + "dataDump");
    public static final Node voidSparqlEndpoint = uri(VOID + "sparqlEndpoint");
    public static final Node voidExampleResource = uri(VOID + "exampleResource");
    public static final Node voidUriSpace = uri(VOID + "uriSpace");
    public static final Node voidVocabulary = uri(VOID + "vocabulary");
    public static final Node dcatDataset = uri(DCAT + "Dataset");
    public static final Node dcatDistribution = uri(DCAT + "Distribution");
    public static final Node dcatDistributionLink = uri(DCAT + "distribution");
    public static final Node dcatDownloadURL = uri(DCAT + "downloadURL");
    public static final Node dcatMediaType = uri(DCAT + "mediaType");
    public static final Node dcatByteSize = uri(DCAT + "byteSize");
    public static final Node dcatCompressFormat = uri(DCAT + "compressFormat");
    public static final Node dcatVersion = uri(DCAT + "version");
    public static final Node dcatDataService = uri(DCAT + "DataService");
    public static final Node dcatEndpointURL = uri(DCAT + "endpointURL");
    public static final Node dcatServesDataset = uri(DCAT + "servesDataset");
    public static final Node spdxChecksum = uri(SPDX + "checksum");
    public static final Node spdxChecksumClass = uri(SPDX + "Checksum");
    public static final Node spdxAlgorithm = uri(SPDX + "algorithm");
    public static final Node spdxChecksumValue = uri(SPDX + "checksumValue");
    public static final Node spdxSha256 = uri(SPDX + "checksumAlgorithm_sha256");

    private Std() {}

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
