package org.w3id.unrights.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.publish.Progress;
import org.w3id.unrights.publish.Publisher;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.QueryRunner;

/** Named queries over each store: how much the on-disk store costs against memory, query by query. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueryBenchmark {
    @Param({"memory", "tdb2"})
    public String store;

    @Param({"upr-dprk-figures", "source-disagreements", "unsc-debates-by-year", "positions-toward-mechanisms"})
    public String query;

    QueryRunner runner;
    String text;

    @Setup
    public void setUp() throws IOException {
        GraphBuilder builder = new GraphBuilder(Path.of("data"), Path.of("ontology"));
        RightsGraph graph = store.equals("tdb2")
                ? Publisher.of(builder, Progress.silent()).inStore(Files.createTempDirectory("bench-tdb2")).orElseThrow().graph()
                : builder.build();
        runner = new QueryRunner(graph);
        text = new NamedQueries(Path.of("queries")).find(query).orElseThrow().text();
    }

    @Benchmark
    public String run() {
        return runner.selectAsCsv(text);
    }
}
