package org.kissdetect.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** A benchmark runs with its arguments; whatever goes wrong is one line on stderr and a documented exit code. */
class BenchCommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, Benchmark> registered = new TreeMap<>();

    @Test
    void aBenchmarkRunsWithTheWordsAfterItsName() {
        registered.put("decode", (arguments, report) -> {
            report.println("timed " + arguments);
            return 0;
        });

        assertThat(run("bench", "decode", "60", "3")).isZero();
        assertThat(out.toString()).contains("timed [60, 3]");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theLeadingBenchWordIsOptional() {
        registered.put("decode", (arguments, report) -> 0);

        assertThat(run("decode")).isZero();
    }

    @Test
    void anUnknownBenchmarkIsBadInputNamingTheAvailableOnes() {
        registered.put("decode", (arguments, report) -> 0);
        registered.put("memory", (arguments, report) -> 0);

        assertThat(run("bench", "segmant")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kissdetect bench: no benchmark 'segmant'; available: [decode, memory]"
                + System.lineSeparator());
    }

    @Test
    void argumentsABenchmarkRefusesAreBadInput() {
        registered.put("detect", (arguments, report) -> {
            throw new IllegalArgumentException("source is kit or x264");
        });

        assertThat(run("bench", "detect", "source=vhs")).isEqualTo(2);
        assertThat(err.toString()).contains("kissdetect bench: source is kit or x264");
    }

    @Test
    void aFailureCarriesItsExitCodeAndAnythingElseIsOne() {
        registered.put("detect", (arguments, report) -> {
            throw new BenchFailure(ExitCodes.MODEL_PROBLEM, "the demo model: damaged");
        });
        registered.put("memory", (arguments, report) -> {
            throw new IllegalStateException("ffmpeg\nfailed");
        });

        assertThat(run("bench", "detect")).isEqualTo(3);
        assertThat(run("bench", "memory")).isEqualTo(1);
        assertThat(err.toString()).contains("the demo model: damaged").contains("ffmpeg failed");
    }

    @Test
    void helpListsTheBenchmarksOfBothKinds() {
        registered.put("decode", (arguments, report) -> 0);

        assertThat(run("bench", "--help")).isZero();
        assertThat(out.toString()).contains("Benchmarks of this runtime: decode.")
                .contains("JMH benchmarks").contains("segment, features, classify, resnet3d");
        assertThat(run("bench")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: kissdetect bench NAME");
    }

    private int run(String... args) {
        Benchmarks benchmarks = new Benchmarks() {
            @Override
            public SortedSet<String> names() {
                return new TreeSet<>(registered.keySet());
            }

            @Override
            public Benchmark await(String name) {
                return registered.get(name);
            }
        };
        return new BenchCommandLine(benchmarks, new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
