package org.w3id.unrights.diagnostics;

import java.nio.file.Path;

/** A line in a data file; what every error message and every fact's origin points at. Lines count from 1. */
public record Location(Path file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
