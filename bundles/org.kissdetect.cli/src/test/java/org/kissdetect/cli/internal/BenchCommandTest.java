package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.bench.Benchmark;

/** Benchmarks registered by any bundle run with their arguments; what they refuse is bad input. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final BenchCommand bench = new BenchCommand();

    @Test
    void aContributedBenchmarkRunsWithItsArguments() {
        bench.addBenchmark((arguments, report) -> {
            report.println("timed " + arguments);
            return 0;
        }, Map.of(BenchCommand.BENCHMARK_NAME, "classify"));

        assertThat(run("bench", "classify", "samples=8")).isZero();
        assertThat(out.toString()).contains("timed [samples=8]");
    }

    @Test
    void argumentsAContributedBenchmarkRefusesAreBadInput() {
        bench.addBenchmark((arguments, report) -> {
            throw new IllegalArgumentException("samples needs a number, got 'many'");
        }, Map.of(BenchCommand.BENCHMARK_NAME, "classify"));

        assertThat(run("bench", "classify", "samples=many")).isEqualTo(2);
        assertThat(err.toString()).contains("samples needs a number, got 'many'");
    }

    @Test
    void aRemovedBenchmarkIsGone() {
        Benchmark contributed = (arguments, report) -> 0;
        bench.addBenchmark(contributed, Map.of(BenchCommand.BENCHMARK_NAME, "classify"));
        bench.removeBenchmark(contributed, Map.of(BenchCommand.BENCHMARK_NAME, "classify"));

        assertThat(run("bench", "classify")).isEqualTo(2);
        assertThat(err.toString()).contains("no benchmark 'classify'");
    }

    private int run(String... args) {
        return new CommandLineRunner(List.of(bench), new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
