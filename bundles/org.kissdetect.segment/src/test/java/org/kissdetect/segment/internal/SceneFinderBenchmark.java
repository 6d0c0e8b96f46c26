package org.kissdetect.segment.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The segmenter on a film of {@code seconds} seconds of each pattern of {@link SegmentationPatterns}, next to the
 * cheapest possible all-pairs method on the same data: counting the qualifying spans with prefix sums, one test
 * per span, no sorting. {@link SegmentationBenchmarks} runs it and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SceneFinderBenchmark {

    @Param("10800")
    public int seconds;

    @Param({"10", "1"})
    public int minSeconds;

    @Param({"all-kissing", "none-kissing", "alternating-1-0", "alternating-1-1-1-0", "alternating-1-1-0-0",
        "blocks-10-on-9-off", "random-50%-kissing", "random-75%-kissing", "random-probabilities", "growing-gaps"})
    public String pattern;

    private float[] probabilities;
    private SegmentationParameters parameters;

    @Setup
    public void prepare() {
        probabilities = SegmentationPatterns.of(seconds).get(pattern);
        parameters = new SegmentationParameters(minSeconds, 0.7, 0.5);
    }

    @Benchmark
    public List<Scene> sceneFinder() {
        return SceneFinder.find(probabilities, parameters);
    }

    @Benchmark
    public long allPairs() {
        return qualifyingSpans(probabilities, parameters);
    }

    /** The baseline: how many spans of at least {@code minSeconds} hold at least {@code minFraction} kissing seconds. */
    static long qualifyingSpans(float[] p, SegmentationParameters parameters) {
        int n = p.length;
        int[] before = new int[n + 1];
        for (int i = 0; i < n; i++) {
            before[i + 1] = before[i] + (p[i] >= parameters.threshold() ? 1 : 0);
        }
        long qualifying = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + parameters.minSeconds(); j <= n; j++) {
                if ((double) (before[j] - before[i]) / (j - i) >= parameters.minFraction()) {
                    qualifying++;
                }
            }
        }
        return qualifying;
    }
}
