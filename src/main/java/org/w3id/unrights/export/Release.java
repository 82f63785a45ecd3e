package org.w3id.unrights.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The data version a user cites: a semantic version and the day the data last changed. Its one source is the
 * pom properties {@code data.version} and {@code data.modified}, written into {@code un-rights-graph.properties}
 * by resource filtering (so tests know it too). It is stamped into void.ttl ({@code dcat:version},
 * {@code dct:modified}), names the versioned dumps ({@code /dumps/{version}/}) and the release archive, and
 * seeds the server's HTTP validators.
 */
public record Release(String version, LocalDate date) {
    private static final String PROPERTIES = "/un-rights-graph.properties";
    private static final String SEMVER = "[0-9]+\\.[0-9]+\\.[0-9]+";
    private static final Release CURRENT = read();

    public Release {
        if (!version.matches(SEMVER + "(-[0-9A-Za-z.-]+)?")) {
            throw new IllegalArgumentException("the data version '" + version + "' is not a semantic version MAJOR.MINOR.PATCH");
        }
    }

    /** The version of the data this build carries, with the day the data last changed. */
    public static Release current() {
        return CURRENT;
    }

    /** When the software was built (ISO instant), so that validators change with the pages' code too. */
    public static String build() {
        return properties().getProperty("build", "");
    }

    private static Release read() {
        Properties properties = properties();
        String version = properties.getProperty("data.version", "");
        String modified = properties.getProperty("data.modified", "");
        try {
            return new Release(version, LocalDate.parse(modified));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException("set the pom properties data.version (MAJOR.MINOR.PATCH) and data.modified"
                    + " (YYYY-MM-DD) and build with Maven; found '" + version + "' and '" + modified + "'", e);
        }
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES + " is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
