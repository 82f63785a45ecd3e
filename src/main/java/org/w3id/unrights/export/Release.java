package org.w3id.unrights.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The version and date stamped into a release's description. The version is the Maven project version,
 * written into {@code un-rights-graph.properties} by resource filtering, so it is known in tests too.
 */
public record Release(String version, LocalDate date) {
    private static final String PROPERTIES = "/un-rights-graph.properties";

    /** This build's version, dated today. */
    public static Release current() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES + " is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Release(properties.getProperty("version"), LocalDate.now());
    }
}
