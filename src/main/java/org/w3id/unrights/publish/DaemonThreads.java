package org.w3id.unrights.publish;

import java.util.concurrent.Executor;

/** Work a publication runs beside the caller (dumps, the text index) on a thread of its own that never keeps the JVM up. */
final class DaemonThreads {
    private DaemonThreads() {}

    /** Runs each task on a new daemon thread called {@code name}. */
    static Executor named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
