package org.w3id.unrights.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.graph.SplitDataset;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.graph.UnionDefaultGraph;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The VoID and DCAT description of a release ({@code void.ttl}): counts of the data (triples, entities,
 * instances per class, triples per named graph), licence, version, date, example resources, the SPARQL
 * endpoint, and each file with its media type, size and SHA-256. Call inside a read transaction.
 */
final class DatasetDescription {
    /** Classes whose best-connected instance is named as an example resource. */
    private static final List<Node> EXAMPLE_CLASSES =
            List.of(Unr.State, Unr.Resolution, Unr.Vote, Unr.Review, Unr.SpecialProcedure, Unr.Statement);

    private static final String BEST_CONNECTED = """
            SELECT ?s (COUNT(*) AS ?n) WHERE { ?s a ?class . { ?s ?p ?o } UNION { ?x ?q ?s } }
            GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1""";

    private final DatasetGraph dataset;
    private final DatasetGraph union;
    private final Statistics stats;
    private final Graph computed;
    private final Function<Path, String> checksums;
    private final Graph out = GraphFactory.createDefaultGraph();

    private DatasetDescription(SplitDataset split, Statistics stats, Function<Path, String> checksums) {
        this.dataset = split.whole();
        // Example resources are picked among the curated facts: ranking millions of ballots would add nothing.
        this.union = UnionDefaultGraph.ownContext(split.curated());
        this.stats = stats;
        this.computed = split.computed();
        this.checksums = checksums;
    }

    /**
     * Describes the dataset, with the counts {@code stats} took of it, and the files already written, whose
     * SHA-256 {@code checksums} gives (taken as they were written, or read from the file).
     */
    static Graph of(SplitDataset split, Statistics stats, Release release, Map<Dump, Path> files, Function<Path, String> checksums) {
        return new DatasetDescription(split, stats, checksums).describe(release, files);
    }

    private Graph describe(Release release, Map<Dump, Path> files) {
        out.getPrefixMapping().setNsPrefixes(Prefixes.standard()).setNsPrefix("sd", DatasetTerms.SD);
        Node ds = Ids.DATASET;
        add(ds, Std.rdfType, DatasetTerms.voidDataset);
        add(ds, Std.rdfType, DatasetTerms.dcatDataset);
        add(ds, Std.dctTitle, NodeFactory.createLiteralLang("UN Rights Graph", "en"));
        add(ds, Std.dctDescription, NodeFactory.createLiteralLang(
                "A linked-data knowledge graph of the UN human-rights system: actors, mechanisms, resolutions, votes, "
                + "reviews and statements, each fact with the source it comes from and a locator into that source.", "en"));
        add(ds, Std.dctLicense, NodeFactory.createURI(DatasetTerms.CC_BY_4_0));
        add(ds, DatasetTerms.dcatVersion, NodeFactory.createLiteralString(release.version()));
        add(ds, DatasetTerms.dctModified, NodeFactory.createLiteralDT(release.date().toString(), XSDDatatype.XSDdate));
        add(ds, DatasetTerms.voidUriSpace, NodeFactory.createLiteralString(Ids.ID));
        add(ds, DatasetTerms.voidVocabulary, NodeFactory.createURI(Unr.NS));
        add(ds, DatasetTerms.voidSparqlEndpoint, NodeFactory.createURI(Ids.SPARQL));
        describeCounts(ds);
        describeGraphs(ds);
        describeExamples(ds);
        describeService(ds);
        files.forEach((dump, file) -> describeFile(ds, dump, file));
        return out;
    }

    /** The counts of {@link Statistics}, which the landing page and the stats command show too. */
    private void describeCounts(Node ds) {
        add(ds, DatasetTerms.voidTriples, integer(stats.triples()));
        add(ds, DatasetTerms.voidDistinctSubjects, integer(stats.subjects()));
        add(ds, DatasetTerms.voidProperties, integer(stats.properties()));
        add(ds, DatasetTerms.voidClasses, integer(stats.classes()));
        add(ds, DatasetTerms.voidEntities, integer(stats.entities()));
        stats.instancesPerClass().forEach((type, n) -> {
            Node partition = NodeFactory.createBlankNode();
            add(ds, DatasetTerms.voidClassPartition, partition);
            add(partition, DatasetTerms.voidClass, NodeFactory.createURI(type));
            add(partition, DatasetTerms.voidEntities, integer(n));
        });
    }

    /**
     * Each named graph is a subset: its own triple count, and the source it holds the facts of. The graph of counts
     * computed at build is not in the dataset's counts (which are of the asserted data); it says how it was made.
     */
    private void describeGraphs(Node ds) {
        dataset.listGraphNodes().forEachRemaining(g -> {
            add(ds, DatasetTerms.voidSubset, g);
            add(g, Std.rdfType, DatasetTerms.voidDataset);
            if (g.equals(Ids.COMPUTED_GRAPH)) {
                add(g, DatasetTerms.voidTriples, integer(computed.size()));
                add(g, Std.dctDescription, NodeFactory.createLiteralLang("Values computed at build from the asserted facts: "
                        + "facts per source, per source and kind, and per source and certainty, each a unr:FactTally; the passages "
                        + "of each source that name a thing of the reference tables, each a unr:PassageList; and the General "
                        + "Assembly roll calls on one country's human-rights situation, a unr:RollCallList; each naming its "
                        + "method with unr:computedBy. Not part of the counts above; written apart, to un-rights-computed.trig.", "en"));
                return;
            }
            add(g, DatasetTerms.voidTriples, integer(stats.triplesPerGraph().getOrDefault(g.getURI(), 0L)));
            dataset.stream(g, Node.ANY, Std.rdfType, Unr.Source).forEach(q -> add(g, DatasetTerms.dctSource, q.getSubject()));
        });
    }

    private void describeExamples(Node ds) {
        for (Node type : EXAMPLE_CLASSES) {
            select(BEST_CONNECTED, type, row -> add(ds, DatasetTerms.voidExampleResource, row.getResource("s").asNode()));
        }
    }

    private void describeService(Node ds) {
        Node service = NodeFactory.createURI(Ids.SPARQL);
        add(service, Std.rdfType, DatasetTerms.dcatDataService);
        add(service, DatasetTerms.dcatEndpointURL, service);
        add(service, DatasetTerms.dcatServesDataset, ds);
        // The SPARQL Service Description's own terms, whose full form /sparql answers without a query.
        ServiceDescription.service(out);
    }

    private void describeFile(Node ds, Dump dump, Path file) {
        Node distribution = NodeFactory.createURI(dump.downloadUrl());
        if (dump.isData()) {
            add(ds, DatasetTerms.voidDataDump, distribution);
        }
        add(ds, DatasetTerms.dcatDistributionLink, distribution);
        add(distribution, Std.rdfType, DatasetTerms.dcatDistribution);
        add(distribution, Std.dctTitle, NodeFactory.createLiteralLang(dump.title(), "en"));
        add(distribution, DatasetTerms.dcatDownloadURL, distribution);
        add(distribution, DatasetTerms.dcatMediaType, NodeFactory.createURI(DatasetTerms.IANA_MEDIA_TYPES + dump.mediaType()));
        if (dump.gzipped()) {
            add(distribution, DatasetTerms.dcatCompressFormat, NodeFactory.createURI(DatasetTerms.IANA_MEDIA_TYPES + "application/gzip"));
        }
        add(distribution, Std.dctLicense, NodeFactory.createURI(DatasetTerms.CC_BY_4_0));
        try {
            add(distribution, DatasetTerms.dcatByteSize, NodeFactory.createLiteralDT(Long.toString(Files.size(file)), XSDDatatype.XSDnonNegativeInteger));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Node checksum = NodeFactory.createBlankNode();
        add(distribution, DatasetTerms.spdxChecksum, checksum);
        add(checksum, Std.rdfType, DatasetTerms.spdxChecksumClass);
        add(checksum, DatasetTerms.spdxAlgorithm, DatasetTerms.spdxSha256);
        add(checksum, DatasetTerms.spdxChecksumValue, NodeFactory.createLiteralDT(checksums.apply(file), XSDDatatype.XSDhexBinary));
    }

    /** The SHA-256 of a file, in lower-case hex as {@code sha256sum} prints it. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void select(String query, Node classBinding, Consumer<QuerySolution> each) {
        var parameterized = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + query);
        if (classBinding != null) {
            parameterized.setIri("class", classBinding.getURI());
        }
        try (QueryExecution exec = QueryExecution.create(parameterized.asQuery(), DatasetFactory.wrap(union))) {
            exec.execSelect().forEachRemaining(each);
        }
    }

    private void add(Node s, Node p, Node o) {
        out.add(s, p, o);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
