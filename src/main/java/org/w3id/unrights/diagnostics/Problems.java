package org.w3id.unrights.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one load; the load fails as a whole if any were found. */
public final class Problems {
    private final List<DataError> errors = new ArrayList<>();

    public void add(Location location, String field, String message) {
        errors.add(new DataError(location, field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new DataException(errors);
        }
    }
}
