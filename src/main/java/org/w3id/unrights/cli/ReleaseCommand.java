package org.w3id.unrights.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.w3id.unrights.export.Release;
import org.w3id.unrights.export.ReleaseArchive;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.site.OntologyDocs;
import org.w3id.unrights.store.ContentHash;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Write the release of this data version: a folder un-rights-graph-{version}/ with the dumps, void.ttl, "
                + "the ontology reference, CHANGELOG.md and SHA256SUMS, zipped as un-rights-graph-{version}.zip with its .sha256. "
                + "The version and date are the pom properties data.version and data.modified; CHANGELOG.md must have their entry, "
                + "and it must record the digest of the data and ontology released (Data digest: `sha256:...`).")
final class ReleaseCommand implements Callable<Integer> {
    /** The changelog as it was at build time, inside the jar. */
    private static final String BUNDLED_CHANGELOG = "/un-rights-graph/" + ReleaseArchive.CHANGELOG;

    @Mixin
    GraphOptions graph;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the release to.")
    Path out;

    @Option(names = "--changelog", paramLabel = "FILE", description = "The changelog to check and include. Default: the one in the jar.")
    Path changelog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Checked before the graph is built, which takes a while with the data sets.
        String changelog = changelog();
        String dataDigest = ContentHash.dataDigest(graph.data(), graph.ontology());
        try {
            ReleaseArchive.check(Release.current(), changelog, dataDigest);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        Optional<Publication> built = graph.publication(spec.commandLine().getErr());
        if (built.isEmpty()) {
            spec.commandLine().getErr().println("not releasing invalid data");
            return ValidateCommand.INVALID;
        }
        try {
            Publication publication = built.get();
            Path zip = ReleaseArchive.write(publication.graph(), publication.dataSetQuads(), publication.statistics(), publication.release(), changelog, dataDigest, out,
                    dir -> OntologyDocs.of(publication.graph()).write(dir));
            spec.commandLine().getOut().println("wrote " + zip + " and " + zip.getFileName() + ".sha256");
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
    }

    private String changelog() {
        try {
            return changelog != null ? Files.readString(changelog, StandardCharsets.UTF_8) : bundledChangelog();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The changelog inside the jar, as it was at build time. */
    static String bundledChangelog() {
        try (InputStream in = ReleaseCommand.class.getResourceAsStream(BUNDLED_CHANGELOG)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_CHANGELOG + " is missing from the jar: build with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
