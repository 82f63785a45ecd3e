package org.w3id.unrights.load;

import java.util.Locale;

/**
 * A locator as stored and as compared. Curators write "para 4", "Para 4" or "para  4" for the same passage:
 * the stored text keeps their wording with its white space made regular, and the key that identifies the
 * passage ignores case, spacing and punctuation, so two spellings of one passage are found to be one.
 */
public final class LocatorKey {
    private LocatorKey() {}

    /** The locator as written, trimmed, each run of white space (line breaks included) made one space. */
    public static String text(String locator) {
        return locator.strip().replaceAll("\\s+", " ");
    }

    /** The passage a locator names, as an IRI segment: lower case ASCII letters and digits, each other run one hyphen. */
    public static String key(String locator) {
        return locator.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
