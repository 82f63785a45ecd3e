package org.w3id.unrights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.OntologyFiles;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publication;
import org.w3id.unrights.publish.Publisher;
import org.w3id.unrights.publish.TemporaryFolder;

/** The project's own folders and test fixtures, as the tests see them from the Maven project root. */
public final class Fixtures {
    public static final Path DATA = Path.of("data");
    public static final Path ONTOLOGY = Path.of("ontology");
    public static final Path QUERIES = Path.of("queries");
    public static final Path CHECKS = ONTOLOGY.resolve(OntologyFiles.CHECKS);
    public static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    /** An invented roll-call vote with ballots, added to a copy of the shipped data (see its README). */
    public static final Path ROLL_CALL = Path.of("src/test/resources/fixtures/rollcall");
    /** A named query with a known answer, for the HTTP tests; the real queries/ folder may hold any. */
    public static final Path FIXTURE_QUERIES = Path.of("src/test/resources/fixtures/queries");

    /**
     * The shipped curated data without the data sets (reference/ and sources/ of data/, copied): the
     * fixture for tests of serving, export, stores and reasoning, which need real data but not millions of
     * roll-call triples. The shipped data in full is built once, by {@link #shippedGraph()}.
     */
    public static final Path CURATED = Path.of("target/test-data/curated");

    private static RightsGraph shipped;
    private static Publication curated;

    private Fixtures() {}

    /** The graph built from the shipped data, data sets included, built once per test JVM. */
    public static synchronized RightsGraph shippedGraph() {
        if (shipped == null) {
            shipped = new GraphBuilder(DATA, ONTOLOGY).build();
        }
        return shipped;
    }

    /** The counts of {@link #shippedGraph()}, taken once per test JVM by one pass over its data-set graphs. */
    public static synchronized org.w3id.unrights.graph.Statistics shippedStatistics() {
        if (shippedStatistics == null) {
            shippedStatistics = org.w3id.unrights.graph.Statistics.of(shippedGraph());
        }
        return shippedStatistics;
    }

    private static org.w3id.unrights.graph.Statistics shippedStatistics;

    /** The graph of the shipped curated data, without data sets ({@link #CURATED}), built once per test JVM. */
    public static RightsGraph curatedGraph() {
        return curatedPublication().graph();
    }

    /**
     * The publication of the shipped curated data ({@link #CURATED}), made once per test JVM and shared by every
     * class that serves it: its counts, text index and dumps are made once too (the dumps only when a test asks).
     */
    public static synchronized Publication curatedPublication() {
        if (curated == null) {
            curated = publish(curatedData());
        }
        return curated;
    }

    /**
     * The publication of the shipped curated data ({@link #CURATED}) in a TDB2 store, as {@code serve} keeps it,
     * built once per test JVM and shared by every class that needs the store's engine; the folder goes at exit.
     */
    public static synchronized Publication curatedStorePublication() {
        if (curatedStore == null) {
            curatedStore = Publisher.of(new GraphBuilder(curatedData(), ONTOLOGY), Progress.silent())
                    .inStore(TemporaryFolder.removedAtExit("un-rights-curated-store")).orElseThrow();
        }
        return curatedStore;
    }

    private static Publication curatedStore;

    /**
     * The asserted graphs of {@code dataset}, copied into memory: every graph but the counts computed at build
     * ({@code graph/computed}), as the data dumps and {@code void.ttl} hold them. Call inside a read transaction.
     */
    public static org.apache.jena.sparql.core.DatasetGraph asserted(org.apache.jena.sparql.core.DatasetGraph dataset) {
        // With no data-set graph named, the split's curated part is every graph but the computed one.
        return org.w3id.unrights.graph.SplitDataset.of(dataset, java.util.List.of()).curated();
    }

    /** The publication in memory of a data folder, as {@code serve --memory} makes it, reporting nothing. */
    public static Publication publish(Path data) {
        return Publisher.of(new GraphBuilder(data, ONTOLOGY), Progress.silent()).inMemory()
                .orElseThrow(() -> new IllegalStateException(data + " breaks the shapes"));
    }

    /** {@link #CURATED}, copied from data/ on first use in a test JVM so that it always matches data/. */
    public static synchronized Path curatedData() {
        if (!copiedThisRun) {
            try {
                if (Files.exists(CURATED)) {
                    try (Stream<Path> old = Files.walk(CURATED)) {
                        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
                Files.createDirectories(CURATED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            copy(DATA.resolve("reference"), CURATED.resolve("reference"));
            copy(DATA.resolve("sources"), CURATED.resolve("sources"));
            copiedThisRun = true;
        }
        return CURATED;
    }

    private static boolean copiedThisRun;

    /** The ontology graph of the shipped files (ontology and concept schemes), without data. */
    public static Graph ontologyGraph() {
        Problems problems = new Problems();
        Graph graph = OntologyFiles.ontology(ONTOLOGY, problems);
        problems.throwIfAny();
        return graph;
    }

    private static Publication rollCall;

    /** The shipped curated data (no data sets) with the invented roll call of {@link #ROLL_CALL} added; built once per test JVM. */
    public static RightsGraph rollCallGraph() {
        return rollCallPublication().graph();
    }

    /** The publication of {@link #rollCallGraph()}, made once per test JVM. */
    public static synchronized Publication rollCallPublication() {
        if (rollCall == null) {
            try {
                Path data = copy(curatedData(), TemporaryFolder.removedAtExit("un-rights-rollcall").resolve("data"));
                Files.copy(ROLL_CALL.resolve("sources/rollcall-fixture.yaml"), data.resolve("sources/rollcall-fixture.yaml"));
                rollCall = publish(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rollCall;
    }

    public static RightsGraph minimalGraph() {
        return new GraphBuilder(MINIMAL, ONTOLOGY).build();
    }

    /** A copy of a fixture folder in {@code target}, to be broken by a test. */
    public static Path copy(Path fixture, Path target) {
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
