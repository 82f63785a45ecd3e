package org.w3id.unrights.diagnostics;

/** One thing wrong with the data, with the file, line and field it concerns. */
public record DataError(FilePosition location, String field, String message) {
    @Override
    public String toString() {
        return field == null
                ? location + ": " + message
                : location + ": field '" + field + "': " + message;
    }
}
