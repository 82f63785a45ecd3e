package org.w3id.unrights.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3id.unrights.graph.GraphBuilder;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.graph.Validation;

/** The stages of start-up: loading the files into the graph, and checking it against the shapes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BuildBenchmark {
    RightsGraph built;

    @Setup
    public void build() {
        built = new GraphBuilder(Path.of("data"), Path.of("ontology")).build();
    }

    @Benchmark
    public RightsGraph load() {
        return new GraphBuilder(Path.of("data"), Path.of("ontology")).build();
    }

    @Benchmark
    public List<Validation.Finding> validate() {
        return Validation.check(built);
    }
}
