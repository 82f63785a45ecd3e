package org.w3id.unrights.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/** The data could not be loaded. Carries every error found, so one run reports them all. */
public class DataException extends RuntimeException {
    private final List<DataError> errors;

    public DataException(List<DataError> errors) {
        super(errors.size() + " error(s) in the data:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<DataError> errors() {
        return errors;
    }
}
