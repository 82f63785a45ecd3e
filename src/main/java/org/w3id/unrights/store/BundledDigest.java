package org.w3id.unrights.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.unrights.bundle.Bundle;

/**
 * Run by the build once the packaged folders are in place (Maven's {@code process-classes}): writes the
 * {@link ContentHash#dataDigest} of the packaged data and ontology to the file given, which the jar carries as
 * {@link Bundle#DIGEST} so that a start finds its store without reading them ({@link Bundle#packagedDigest}).
 */
public final class BundledDigest {
    private BundledDigest() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledDigest FILE");
        }
        Files.writeString(Path.of(args[0]), ContentHash.dataDigest(Bundle.data(), Bundle.ontology()) + "\n", StandardCharsets.US_ASCII);
    }
}
