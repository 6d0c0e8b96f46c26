package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Benchmarks other bundles contribute through the API run like ours. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final BenchCommand bench = new BenchCommand();

    @Test
    void aContributedBenchmarkRunsWithItsArguments() {
        bench.addContributedBenchmark((arguments, report) -> {
            report.println("timed " + arguments);
            return 0;
        }, Map.of(Benchmark.NAME, "classify"));

        assertThat(run("bench", "classify", "samples=8")).isZero();
        assertThat(out.toString()).contains("timed [samples=8]");
    }

    @Test
    void argumentsAContributedBenchmarkRefusesAreBadInput() {
        bench.addContributedBenchmark((arguments, report) -> {
            throw new IllegalArgumentException("samples needs a number, got 'many'");
        }, Map.of(Benchmark.NAME, "classify"));

        assertThat(run("bench", "classify", "samples=many")).isEqualTo(2);
        assertThat(err.toString()).contains("samples needs a number, got 'many'");
    }

    @Test
    void aRemovedBenchmarkIsGone() {
        org.kissdetect.api.bench.Benchmark contributed = (arguments, report) -> 0;
        bench.addContributedBenchmark(contributed, Map.of(Benchmark.NAME, "classify"));
        bench.removeContributedBenchmark(contributed, Map.of(Benchmark.NAME, "classify"));

        assertThat(run("bench", "classify")).isEqualTo(2);
        assertThat(err.toString()).contains("no benchmark 'classify'");
    }

    private int run(String... args) {
        return new CommandLineRunner(List.of(bench), new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
