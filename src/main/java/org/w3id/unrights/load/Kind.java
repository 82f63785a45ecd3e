package org.w3id.unrights.load;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Unr;

/**
 * The kinds of thing that have keys, with the IRI path segment of each ({@code id/{kind}/{key}}), their
 * class, the form their keys take, and whether several sources may describe the same one.
 */
public enum Kind {
    STATE("state", Unr.State, Keys.STATE, false),
    BODY("body", Unr.Body, Keys.SLUG, false),
    PERSON("person", Unr.Person, Keys.SLUG, false),
    MECHANISM("mechanism", Unr.Mechanism, Keys.SLUG, false),
    SOURCE("source", Unr.Source, Keys.SLUG, false),
    RESOLUTION("resolution", Unr.Resolution, Keys.SYMBOL_OR_SLUG, true),
    DOCUMENT("document", Unr.Document, Keys.SYMBOL_OR_SLUG, true),
    VOTE("vote", Unr.Vote, Keys.SLUG, true),
    REVIEW("review", Unr.Review, Keys.SLUG, true),
    EVENT("event", Unr.Event, Keys.SLUG, true),
    STATEMENT("statement", Unr.Statement, Keys.SLUG, false),
    POSITION("position", Unr.Position, Keys.SLUG, false),
    ROLE("role", Unr.Role, Keys.SLUG, false),
    FIGURE("figure", Unr.Figure, Keys.SLUG, false),
    SANCTION("sanction", Unr.Sanction, Keys.SLUG, true),
    PROPOSAL("proposal", Unr.Proposal, Keys.SLUG, false),
    PERSON_FACT("person-fact", Unr.PersonFact, Keys.SLUG, false),
    TREATY_STATUS("treaty-status", Unr.TreatyStatus, Keys.SLUG, false);

    private final String path;
    private final Node type;
    private final Pattern keyPattern;
    private final boolean sharedAcrossSources;

    Kind(String path, Node type, Pattern keyPattern, boolean sharedAcrossSources) {
        this.path = path;
        this.type = type;
        this.keyPattern = keyPattern;
        this.sharedAcrossSources = sharedAcrossSources;
    }

    public String path() {
        return path;
    }

    /** The class of the things of this kind. */
    public Node type() {
        return type;
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
