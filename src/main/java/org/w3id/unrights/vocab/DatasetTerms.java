package org.w3id.unrights.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of VoID, DCAT, SPDX, Dublin Core and Hydra that describe the dataset, its dumps ({@code void.ttl}) and
 * the pages of a resource's description, not the facts: kept apart from {@link Std}, whose terms the ontology declares because the data uses them.
 */
public final class DatasetTerms {
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    /** SPARQL 1.1 Service Description. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** The W3C's IRIs of result and RDF formats, as SPARQL service descriptions name them. */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The data's licence. */
    public static final String CC_BY_4_0 = "https://creativecommons.org/licenses/by/4.0/";
    /** IANA's media-type register, whose IRIs DCAT uses for {@code dcat:mediaType}. */
    public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    /** Hydra: the link from one page of a resource's description to the next. */
    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private static final String DCT = Std.DCT;
    private static final String VOID = Std.VOID;
    private static final String DCAT = Std.DCAT;

    public static final Node hydraNext = uri(HYDRA + "next");
    public static final Node dctModified = uri(DCT + "modified");
    public static final Node dctSource = uri(DCT + "source");
    public static final Node dctConformsTo = uri(DCT + "conformsTo");
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
    public static final Node dcatLandingPage = uri(DCAT + "landingPage");
    public static final Node dctBibliographicCitation = uri(DCT + "bibliographicCitation");
    public static final Node provEntity = uri(Std.PROV + "Entity");
    public static final Node sdService = uri(SD + "Service");
    public static final Node sdEndpoint = uri(SD + "endpoint");
    public static final Node sdSupportedLanguage = uri(SD + "supportedLanguage");
    public static final Node sdSPARQL11Query = uri(SD + "SPARQL11Query");
    public static final Node sdResultFormat = uri(SD + "resultFormat");
    public static final Node sdFeature = uri(SD + "feature");
    public static final Node sdLanguageExtension = uri(SD + "languageExtension");
    public static final Node sdUnionDefaultGraph = uri(SD + "UnionDefaultGraph");
    public static final Node sdDefaultEntailmentRegime = uri(SD + "defaultEntailmentRegime");
    /** Simple entailment: a pattern matches the triples as they are. */
    public static final Node entSimple = uri("http://www.w3.org/ns/entailment/Simple");
    public static final Node sdDefaultDataset = uri(SD + "defaultDataset");
    public static final Node sdDataset = uri(SD + "Dataset");
    public static final Node sdDefaultGraph = uri(SD + "defaultGraph");
    public static final Node sdNamedGraphProperty = uri(SD + "namedGraph");
    public static final Node sdNamedGraph = uri(SD + "NamedGraph");
    public static final Node sdName = uri(SD + "name");
    public static final Node sdGraph = uri(SD + "graph");
    public static final Node sdGraphClass = uri(SD + "Graph");
    public static final Node spdxChecksum = uri(SPDX + "checksum");
    public static final Node spdxChecksumClass = uri(SPDX + "Checksum");
    public static final Node spdxAlgorithm = uri(SPDX + "algorithm");
    public static final Node spdxChecksumValue = uri(SPDX + "checksumValue");
    public static final Node spdxSha256 = uri(SPDX + "checksumAlgorithm_sha256");

    private DatasetTerms() {}

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
