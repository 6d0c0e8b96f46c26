package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kissdetect.api.bench.Benchmark;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code kissdetect bench segment [SECONDS]}: the segmenter on films of SECONDS seconds (default 10,800, three
 * hours) of many patterns, next to the cheapest possible all-pairs method (counting the qualifying spans with
 * prefix sums, no sorting) timed on the same data in the same run.
 */
@Component(property = "kissdetect.benchmark=segment")
public final class SegmentationBenchmark implements Benchmark {

    private static final int WARM_UP_RUNS = 30;
    private static final int MEASURED_RUNS = 30;

    private final Segmenter segmenter;
    /** Keeps the JIT from dropping the baseline's loop as dead code. */
    private static volatile long blackhole;

    @Activate
    public SegmentationBenchmark(@Reference Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) {
        int seconds = arguments.isEmpty() ? 10_800 : parseSeconds(arguments.get(0));
        List<SegmentationParameters> parameterSets = List.of(new SegmentationParameters(10, 0.7, 0.5),
                new SegmentationParameters(1, 0.7, 0.5));
        out.printf("Segmentation of a %,d-second film (%s), %d runs after %d warm-up runs%n", seconds,
                clock(seconds), MEASURED_RUNS, WARM_UP_RUNS);
        out.printf("%-22s %-10s %8s %8s %7s %14s %8s%n", "pattern", "m, t", "median", "max", "scenes",
                "all pairs", "speedup");
        double worst = 0;
        for (SegmentationParameters parameters : parameterSets) {
            for (Map.Entry<String, float[]> pattern : patterns(seconds).entrySet()) {
                float[] p = pattern.getValue();
                int scenes = 0;
                for (int i = 0; i < WARM_UP_RUNS; i++) {
                    scenes = segmenter.segment(p, parameters).size();
                }
                double[] millis = new double[MEASURED_RUNS];
                for (int i = 0; i < MEASURED_RUNS; i++) {
                    long start = System.nanoTime();
                    segmenter.segment(p, parameters);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                double median = millis[MEASURED_RUNS / 2];
                double allPairs = allPairsMillis(p, parameters);
                worst = Math.max(worst, millis[MEASURED_RUNS - 1]);
                out.printf("%-22s %-10s %6.2fms %6.2fms %7d %12.1fms %7.0fx%n", pattern.getKey(),
                        parameters.minSeconds() + ", " + parameters.minFraction(), median, millis[MEASURED_RUNS - 1],
                        scenes, allPairs, allPairs / median);
            }
        }
        out.printf("Slowest single run: %.2f ms (target: under 50 ms for 10,800 seconds)%n", worst);
        return ExitCodes.OK;
    }

    private static int parseSeconds(String text) {
        try {
            int seconds = Integer.parseInt(text);
            if (seconds < 1) {
                throw CommandFailure.badInput("the film must last at least 1 second, got " + seconds);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw CommandFailure.badInput("'" + text + "' is not a number of seconds");
        }
    }

    static Map<String, float[]> patterns(int n) {
        Map<String, float[]> patterns = new LinkedHashMap<>();
        Random random = new Random(42);
        patterns.put("all kissing", fill(n, i -> 1f));
        patterns.put("none kissing", fill(n, i -> 0f));
        patterns.put("alternating 1,0", fill(n, i -> i % 2 == 0 ? 1f : 0f));
        patterns.put("alternating 1,1,1,0", fill(n, i -> i % 4 == 3 ? 0f : 1f));
        patterns.put("alternating 1,1,0,0", fill(n, i -> i % 4 < 2 ? 1f : 0f));
        patterns.put("blocks of 10 on 9 off", fill(n, i -> i % 19 < 10 ? 1f : 0f));
        patterns.put("random, 50% kissing", fill(n, i -> random.nextBoolean() ? 1f : 0f));
        patterns.put("random, 75% kissing", fill(n, i -> random.nextInt(4) > 0 ? 1f : 0f));
        patterns.put("random probabilities", fill(n, i -> random.nextFloat()));
        patterns.put("growing gaps", growingGaps(n));
        return patterns;
    }

    /** Kissing runs separated by ever longer gaps: many long candidates that each kept scene cuts short. */
    private static float[] growingGaps(int n) {
        float[] p = new float[n];
        int i = 0;
        for (int gap = 1; i < n; gap++) {
            for (int k = 0; k < 12 && i < n; k++) {
                p[i++] = 1f;
            }
            i += gap;
        }
        return p;
    }

    private interface Value {
        float at(int second);
    }

    private static float[] fill(int n, Value value) {
        float[] p = new float[n];
        for (int i = 0; i < n; i++) {
            p[i] = value.at(i);
        }
        return p;
    }

    /** The least any method that visits every span pays: one prefix-sum test per span, best of three. */
    private static double allPairsMillis(float[] p, SegmentationParameters parameters) {
        int n = p.length;
        int[] before = new int[n + 1];
        for (int i = 0; i < n; i++) {
            before[i + 1] = before[i] + (p[i] >= parameters.threshold() ? 1 : 0);
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            long qualifying = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + parameters.minSeconds(); j <= n; j++) {
                    if ((double) (before[j] - before[i]) / (j - i) >= parameters.minFraction()) {
                        qualifying++;
                    }
                }
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
            blackhole += qualifying;
        }
        return best;
    }

    private static String clock(int seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
