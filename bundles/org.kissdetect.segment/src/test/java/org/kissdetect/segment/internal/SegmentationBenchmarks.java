package org.kissdetect.segment.internal;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.kissdetect.api.segment.SegmentationParameters;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./kissdetect bench segment [SECONDS]} (default 10,800, three hours): runs {@link SceneFinderBenchmark}
 * with JMH and prints, per pattern and minimum length, the segmenter's median and slowest call next to the
 * all-pairs baseline measured in the same run.
 */
public final class SegmentationBenchmarks {

    private SegmentationBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        int seconds;
        try {
            seconds = seconds(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kissdetect bench segment: " + e.getMessage());
            System.exit(2);
            return;
        }
        Options options = new OptionsBuilder().include(SceneFinderBenchmark.class.getName() + "\\.")
                .param("seconds", Integer.toString(seconds)).forks(1)
                .warmupIterations(3).warmupTime(TimeValue.milliseconds(300))
                .measurementIterations(5).measurementTime(TimeValue.milliseconds(300)).build();
        Collection<RunResult> results = new Runner(options).run();
        report(results, seconds, new PrintWriter(System.out, true));
    }

    static int seconds(String[] args) {
        if (args.length == 0) {
            return 10_800;
        }
        try {
            int seconds = Integer.parseInt(args[0]);
            if (seconds < 1) {
                throw new IllegalArgumentException("the film must last at least 1 second, got " + seconds);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + args[0] + "' is not a number of seconds");
        }
    }

    private static void report(Collection<RunResult> results, int seconds, PrintWriter out) {
        Map<String, RunResult> byKey = new TreeMap<>();
        for (RunResult result : results) {
            var params = result.getParams();
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            byKey.put(params.getParam("minSeconds") + "/" + params.getParam("pattern") + "/" + method, result);
        }
        out.printf("%nSegmentation of a %,d-second film (%d:%02d:%02d), JMH sample time%n", seconds, seconds / 3600,
                seconds / 60 % 60, seconds % 60);
        out.printf("%-22s %-8s %9s %9s %7s %14s %8s%n", "pattern", "m, t", "median", "max", "scenes", "all pairs",
                "speedup");
        double worst = 0;
        for (String minSeconds : new String[] {"10", "1"}) {
            SegmentationParameters parameters = new SegmentationParameters(Integer.parseInt(minSeconds), 0.7, 0.5);
            for (Map.Entry<String, float[]> pattern : SegmentationPatterns.of(seconds).entrySet()) {
                RunResult finder = byKey.get(minSeconds + "/" + pattern.getKey() + "/sceneFinder");
                RunResult allPairs = byKey.get(minSeconds + "/" + pattern.getKey() + "/allPairs");
                if (finder == null || allPairs == null) {
                    continue;
                }
                double median = finder.getPrimaryResult().getStatistics().getPercentile(50);
                double max = finder.getPrimaryResult().getStatistics().getMax();
                double baseline = allPairs.getPrimaryResult().getStatistics().getPercentile(50);
                worst = Math.max(worst, max);
                out.printf("%-22s %-8s %7.2fms %7.2fms %7d %12.1fms %7.0fx%n", pattern.getKey(),
                        minSeconds + ", 0.7", median, max, SceneFinder.find(pattern.getValue(), parameters).size(),
                        baseline, baseline / median);
            }
        }
        out.printf("Slowest single call: %.2f ms (target: under 50 ms for 10,800 seconds)%n", worst);
    }
}
