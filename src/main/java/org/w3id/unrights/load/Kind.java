package org.w3id.unrights.load;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of thing that have keys, with the IRI path segment of each ({@code id/{kind}/{key}}), the form
 * their keys take, and whether several sources may describe the same one.
 */
public enum Kind {
    STATE("state", Keys.STATE, false),
    BODY("body", Keys.SLUG, false),
    PERSON("person", Keys.SLUG, false),
    MECHANISM("mechanism", Keys.SLUG, false),
    SOURCE("source", Keys.SLUG, false),
    RESOLUTION("resolution", Keys.SYMBOL_OR_SLUG, true),
    DOCUMENT("document", Keys.SYMBOL_OR_SLUG, true),
    VOTE("vote", Keys.SLUG, true),
    REVIEW("review", Keys.SLUG, true),
    EVENT("event", Keys.SLUG, true),
    STATEMENT("statement", Keys.SLUG, false),
    POSITION("position", Keys.SLUG, false),
    ROLE("role", Keys.SLUG, false),
    FIGURE("figure", Keys.SLUG, false),
    SANCTION("sanction", Keys.SLUG, true),
    PROPOSAL("proposal", Keys.SLUG, false),
    TREATY_STATUS("treaty-status", Keys.SLUG, false);

    private final String path;
    private final Pattern keyPattern;
    private final boolean sharedAcrossSources;

    Kind(String path, Pattern keyPattern, boolean sharedAcrossSources) {
        this.path = path;
        this.keyPattern = keyPattern;
        this.sharedAcrossSources = sharedAcrossSources;
    }

    public String path() {
        return path;
    }

    public boolean sharedAcrossSources() {
        return sharedAcrossSources;
    }

    public boolean acceptsKey(String key) {
        return keyPattern.matcher(key).matches();
    }

    public String keyForm() {
        return keyPattern == Keys.STATE ? "an ISO 3166-1 alpha-3 code in lower case"
                : keyPattern == Keys.SLUG ? "lower-case letters, digits and hyphens"
                : "a UN document symbol or lower-case letters, digits and hyphens";
    }

    public static Optional<Kind> byPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    private static final class Keys {
        static final Pattern STATE = Pattern.compile("[a-z]{3}");
        static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        static final Pattern SYMBOL_OR_SLUG =
                Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*|[A-Z][A-Za-z0-9.()-]*(/[A-Za-z0-9.()-]+)*");
    }
}
