package org.w3id.unrights.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects the errors of one load; the load fails as a whole if any were found. A value read twice (once to
 * write it, once to check a rule on it) is reported once.
 */
public final class Problems {
    private final Set<DataError> errors = new LinkedHashSet<>();

    public void add(FilePosition location, String field, String message) {
        errors.add(new DataError(location, field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new DataException(new ArrayList<>(errors));
        }
    }
}
