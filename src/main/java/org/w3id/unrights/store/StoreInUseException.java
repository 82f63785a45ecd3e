package org.w3id.unrights.store;

import java.nio.file.Path;

/** Another process holds the store's lock (a second {@code serve} on the same store); a message, not a trace. */
public final class StoreInUseException extends RuntimeException {
    public StoreInUseException(Path store) {
        super("the store " + store + " is in use by another process; stop it, or give this one another --store DIR");
    }
}
