package org.w3id.unrights.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.publish.Publisher;
import org.w3id.unrights.serve.RightsServer;
import org.w3id.unrights.serve.ServerSettings;

/**
 * Our side of the comparison, in a JVM of its own so that its memory is measured alone: builds today's data,
 * with the roll calls multiplied by {@link RollCallCopies}, either into a store and serves it (the path
 * {@code serve} takes, reusing the store when it exists) or in memory only, and prints its timings as
 * {@code key=value} lines.
 * <pre>
 * ScaledGraph store FACTOR STORE_ROOT PORT   # build or reuse the store, then serve on 127.0.0.1:PORT until killed
 * ScaledGraph memory FACTOR                  # build in memory (curated + SHACL + bulk), print, exit
 * </pre>
 */
public final class ScaledGraph {
    static final long SEED = 20241118L;

    private ScaledGraph() {}

    public static void main(String[] args) {
        String mode = args[0];
        int factor = Integer.parseInt(args[1]);
        GraphBuilder plain = new GraphBuilder(Path.of("data"), Path.of("ontology"));
        GraphBuilder builder = factor == 1 ? plain : plain.withDataSets(List.of(new RollCallCopies(plain.dataSets(), factor, SEED)));
        Publisher publisher = Publisher.of(builder, Progress.to(new PrintWriter(System.err, true)));
        long start = System.nanoTime();
        if (mode.equals("memory")) {
            Publication publication = publisher.inMemory().orElseThrow(() -> new IllegalStateException("the data is not valid"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long quads = Txn.calculateRead(publication.graph().dataset(), () -> publication.graph().dataset().stream().count());
            System.out.println("build_ms=" + millis);
            System.out.println("quads=" + quads);
            return;
        }
        Publication publication = publisher.inStore(Path.of(args[2])).orElseThrow(() -> new IllegalStateException("the data is not valid"));
        System.out.println("built=" + publication.built());
        System.out.println("build_ms=" + (System.nanoTime() - start) / 1_000_000);
        FusekiServer server = RightsServer.create(publication, ServerSettings.defaults().withPort(Integer.parseInt(args[3]))
                .withQueryTimeout(java.time.Duration.ofSeconds(60))).start();
        publication.retireOthers();
        System.out.println("serving_ms=" + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
        // As serve does: the downloads are written once the server answers.
        publication.dumps().write().join();
        System.out.println("dumps_ms=" + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
        server.join();
    }
}
