package org.kissdetect.features.internal;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./kissdetect bench features [SECONDS]}: runs {@link FeatureExtractionBenchmark} with JMH, each kind of work
 * measured for SECONDS in all (default 2, in 5 iterations after a warm-up), and prints the extractor's rates next
 * to the baselines of the same run. Pin the process to one core for clean figures:
 * {@code taskset -c 0 ./kissdetect bench features} (JMH's forks inherit the pinning).
 */
public final class FeatureBenchmarks {

    private static final int ITERATIONS = 5;

    private FeatureBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        double seconds;
        try {
            seconds = seconds(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kissdetect bench features: " + e.getMessage());
            System.exit(2);
            return;
        }
        TimeValue iteration = TimeValue.milliseconds(Math.round(seconds * 1000 / ITERATIONS));
        Map<String, Double> nanos = new HashMap<>();
        for (RunResult result : new Runner(new OptionsBuilder()
                .include(FeatureExtractionBenchmark.class.getName() + "\\.").forks(1)
                .warmupIterations(ITERATIONS).warmupTime(iteration)
                .measurementIterations(ITERATIONS).measurementTime(iteration).build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            nanos.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        report(nanos, new PrintWriter(System.out, true));
    }

    static double seconds(String[] args) {
        if (args.length == 0) {
            return 2;
        }
        try {
            double seconds = Double.parseDouble(args[0]);
            if (!(seconds >= 0.05 && seconds <= 600)) {
                throw new IllegalArgumentException("measure each figure for 0.05 to 600 seconds, not " + args[0]);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + args[0] + "' is not a number of seconds");
        }
    }

    /** @param nanos the mean nanoseconds per call of each benchmark method, by name */
    static void report(Map<String, Double> nanos, PrintWriter out) {
        double patch = nanos.get("logMel");
        double patches = 1e9 / patch;
        double stills = 1e9 / (nanos.get("extract") - patch);
        double augmented = 1e9 / (nanos.get("augment") - patch);
        double spectra = 1e9 / nanos.get("directSpectra");
        double copies = 1e9 / nanos.get("copyAndNormalise");
        String row = "%-40s %10s   %-36s %10s %8s%n";
        out.printf("%nFeature extraction on one thread, %d different 455x256 stills and 960 ms windows (JMH)%n",
                FeatureExtractionBenchmark.DATA);
        out.printf(row, "measured", "per second", "baseline, same run", "per second", "ratio");
        out.printf(row, "patches (VGGish front end, logMel)", rate(patches), "96 spectra by direct DFT, no FFT",
                rate(spectra), ratio(patches, spectra));
        out.printf(row, "stills, inference (extract - patch)", rate(stills), "centre crop copied, normalised",
                rate(copies), ratio(stills, copies));
        out.printf(row, "stills, training (augment - patch)", rate(augmented), "centre crop copied, normalised",
                rate(copies), ratio(augmented, copies));
        out.printf(row, "seconds, extract (still + patch)", rate(1e9 / nanos.get("extract")), "", "", "");
        out.printf(row, "seconds, augment (still + patch)", rate(1e9 / nanos.get("augment")), "", "", "");
        out.printf("%nTargets on one core: more than 500 stills/s from 256-px RGB and more than 1,000 patches/s.%n");
    }

    /** A rate, or "n/a" where the machine's noise swamped a difference of times. */
    private static String rate(double perSecond) {
        return perSecond > 0 && Double.isFinite(perSecond) ? String.format("%,.0f", perSecond) : "n/a";
    }

    private static String ratio(double measured, double baseline) {
        return measured > 0 && Double.isFinite(measured) ? String.format("%.2fx", measured / baseline) : "n/a";
    }
}
