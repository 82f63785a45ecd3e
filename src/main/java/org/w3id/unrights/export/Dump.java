package org.w3id.unrights.export;

import java.util.Arrays;
import java.util.Optional;

import org.w3id.unrights.vocab.Ids;

/**
 * The files of a release, with their media types. The names are fixed so that links to them stay stable;
 * the server's {@code /dumps/} serves exactly these files as the exporter wrote them.
 */
public enum Dump {
    TURTLE("un-rights.ttl", "text/turtle", false, "Every graph merged into one, as Turtle"),
    NTRIPLES("un-rights.nt.gz", "application/n-triples", true, "Every graph merged into one, as gzipped N-Triples, one triple a line"),
    TRIG("un-rights.trig", "application/trig", false, "The dataset with one named graph per source, as TriG"),
    JSONLD("un-rights.jsonld", "application/ld+json", false, "Every graph merged into one, as JSON-LD in the published context"),
    CONTEXT("un-rights.context.jsonld", "application/ld+json", false, "The JSON-LD context of un-rights.jsonld and of the resource pages"),
    COMPUTED("un-rights-computed.trig", "application/trig", false, "The counts, passage lists and roll-call lists computed at build from the facts (graph/computed), as TriG"),
    ONTOLOGY("un-rights-ontology.ttl", "text/turtle", false, "The ontology and its SKOS concept schemes, as Turtle"),
    VOID("void.ttl", "text/turtle", false, "This list as VoID and DCAT: counts, licence, version, checksums");

    private final String fileName;
    private final String mediaType;
    private final boolean gzipped;
    private final String title;

    Dump(String fileName, String mediaType, boolean gzipped, String title) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.gzipped = gzipped;
        this.title = title;
    }

    public String fileName() {
        return fileName;
    }

    /** The media type of the content; for a gzipped file, of the content once unzipped. */
    public String mediaType() {
        return mediaType;
    }

    public boolean gzipped() {
        return gzipped;
    }

    public String title() {
        return title;
    }

    /** Where the file is published. */
    public String downloadUrl() {
        return Ids.DUMPS + fileName;
    }

    /** Whether the file holds the data itself (the others describe it). */
    public boolean isData() {
        return this == TURTLE || this == NTRIPLES || this == TRIG || this == JSONLD;
    }

    public static Optional<Dump> byFileName(String name) {
        return Arrays.stream(values()).filter(d -> d.fileName.equals(name)).findFirst();
    }
}
