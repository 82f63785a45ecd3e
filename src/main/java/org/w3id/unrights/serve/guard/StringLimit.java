package org.w3id.unrights.serve.guard;

/** The one message for a string a query built past {@link Limits#stringChars()}. */
final class StringLimit {
    private StringLimit() {}

    static QueryRefused exceeded(String function, Limits limits) {
        return new QueryRefused(function + " would build a string longer than " + limits.stringChars()
                + " characters; the query was stopped. Narrow the values it combines, or use LIMIT");
    }
}
