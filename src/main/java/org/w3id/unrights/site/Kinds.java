package org.w3id.unrights.site;

import java.util.Map;

/** The kinds of resource ({@code id/{kind}/…}) as headings and listings name them. */
public final class Kinds {
    private static final Map<String, String> PLURALS = Map.ofEntries(
            Map.entry("state", "States"), Map.entry("body", "Bodies"), Map.entry("person", "Persons"),
            Map.entry("mechanism", "Mechanisms"), Map.entry("source", "Sources"), Map.entry("resolution", "Resolutions"),
            Map.entry("document", "Documents"), Map.entry("vote", "Votes"), Map.entry("ballot", "Ballots"),
            Map.entry("review", "Periodic reviews"), Map.entry("event", "Events"), Map.entry("statement", "Statements"),
            Map.entry("position", "Positions"), Map.entry("role", "Roles"), Map.entry("figure", "Figures"),
            Map.entry("sanction", "Sanctions"), Map.entry("proposal", "Proposals"), Map.entry("treaty-status", "Treaty status"),
            Map.entry("paragraph", "Paragraphs"), Map.entry("concept", "Concepts"), Map.entry("reference", "Public references"));

    private Kinds() {}

    /** "States" for {@code state}; an unknown kind by its own name. */
    public static String plural(String kind) {
        String known = PLURALS.get(kind);
        if (known != null) {
            return known;
        }
        return kind.isEmpty() ? "Other" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('-', ' ');
    }
}
