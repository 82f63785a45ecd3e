package org.w3id.unrights.diagnostics;

import java.nio.file.Path;

/**
 * A line in a data file; what every error message and every fact's origin points at. Lines count from 1;
 * line 0 means the path as a whole (a file or folder that should not be there, or is missing).
 */
public record FilePosition(Path file, int line) {
    /** A file or folder as a whole, for errors about the path itself rather than a line of it. */
    public static FilePosition of(Path path) {
        return new FilePosition(path, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
