package org.w3id.unrights.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's Virtuoso 7 ({@code virtuoso-opensource}) in a database folder of its own: bulk-loads the N-Quads with
 * {@code ld_dir} and {@code rdf_loader_run()}, then is started again to be measured like the other servers.
 */
final class Virtuoso {
    private static final String SERVER = "/usr/bin/virtuoso-t";
    private static final String ISQL = "/usr/bin/isql-vt";

    private final Path dir;
    private final int httpPort;
    private final int isqlPort = Comparison.freePort();

    private Virtuoso(Path dir, int httpPort) {
        this.dir = dir;
        this.httpPort = httpPort;
    }

    /** Null when Virtuoso is not installed. */
    static Virtuoso find(Path dir, int httpPort) {
        return Files.isExecutable(Path.of(SERVER)) && Files.isExecutable(Path.of(ISQL)) ? new Virtuoso(dir, httpPort) : null;
    }

    /** Loads the file into a fresh database; returns the seconds the load and checkpoint took. */
    double load(Path nquads) throws Exception {
        Files.createDirectories(dir);
        Path data = dir.resolve("load");
        Files.createDirectories(data);
        Files.copy(nquads, data.resolve("un-rights.nq"));
        Files.writeString(dir.resolve("virtuoso.ini"), ini(data));
        Child server = Child.start(dir.resolve("load-server"), command());
        try {
            awaitIsql();
            long t0 = System.nanoTime();
            isql("ld_dir('" + data + "', 'un-rights.nq', 'https://w3id.org/un-rights/graph/unnamed'); rdf_loader_run(); checkpoint;");
            double seconds = (System.nanoTime() - t0) / 1e9;
            isql("shutdown;");
            server.awaitExit(Duration.ofMinutes(5));
            return seconds;
        } finally {
            if (server.alive()) {
                server.stop();
            }
        }
    }

    List<String> command() {
        return List.of(SERVER, "-f", "-c", dir.resolve("virtuoso.ini").toString());
    }

    private void awaitIsql() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (isqlQuiet("select 1;") == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Virtuoso did not start; see " + dir);
    }

    private void isql(String statements) throws Exception {
        int code = isqlQuiet(statements);
        if (code != 0 && !statements.startsWith("shutdown")) {
            throw new IllegalStateException("isql failed (" + code + ") on: " + statements);
        }
    }

    private int isqlQuiet(String statements) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ISQL, Integer.toString(isqlPort), "dba", "dba", "exec=" + statements)
                .redirectErrorStream(true).redirectOutput(dir.resolve("isql.log").toFile()).start();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** A small configuration: memory like the JVMs' 2 GB heap, queries capped at 60 s like ours. */
    private String ini(Path data) {
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0

                [Parameters]
                ServerPort = %2$d
                DisableUnixSocket = 1
                MaxClientConnections = 40
                CheckpointInterval = 60
                NumberOfBuffers = 170000
                MaxDirtyBuffers = 130000
                ThreadsPerQuery = 2
                DirsAllowed = ., %1$s, %3$s
                MaxQueryMem = 1G

                [HTTPServer]
                ServerPort = 127.0.0.1:%4$d
                ServerRoot = /var/lib/virtuoso-opensource-7/vsp
                MaxClientConnections = 40
                ServerThreads = 40
                EnabledDavVSP = 0

                [SPARQL]
                ResultSetMaxRows = 1000000
                MaxQueryExecutionTime = 60
                MaxQueryCostEstimationTime = 0
                """.formatted(dir, isqlPort, data, httpPort);
    }
}
