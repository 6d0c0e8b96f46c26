package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.kissdetect.api.bench.Benchmark;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.FeatureExtractor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code kissdetect bench features [SECONDS]}: the feature extractor's throughput on this one thread, from the
 * decoder's 455x256 stills and 960 ms windows, next to {@link FeatureBaselines} timed on the same data in the same
 * run. A patch is timed through {@code logMel} on the 15,600 samples a second's patch is computed over; a still
 * as {@code extract} (or {@code augment}) less that patch, the API having no still-only call. The five kinds of
 * work take turns in blocks of {@value #BLOCK_MILLIS} ms, so that a change in the machine's load hits them alike,
 * and a still's time is the median over rounds of the difference within a round. Each kind is measured for
 * SECONDS in all (default 2), after a warm-up of up to a second each.
 */
@Component(property = "kissdetect.benchmark=features")
public final class FeatureBenchmark implements Benchmark {

    private static final int BLOCK_MILLIS = 50;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int DATA = 16;

    private final FeatureExtractor extractor;
    /** Keeps the JIT from dropping work whose result nobody reads. */
    private static volatile double blackhole;

    @Activate
    public FeatureBenchmark(@Reference FeatureExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) {
        double seconds = arguments.isEmpty() ? 2 : parseSeconds(arguments.get(0));
        SecondSample[] samples = samples();
        float[][] patchInputs = new float[DATA][];
        for (int i = 0; i < DATA; i++) {
            patchInputs[i] = Arrays.copyOf(samples[i].audio(), 15_600);
        }
        FeatureBaselines baselines = new FeatureBaselines();
        List<IntFunction<Float>> work = List.of(
                i -> extractor.logMel(patchInputs[i]).values()[0],
                i -> extractor.extract(samples[i]).image()[0],
                i -> extractor.augment(samples[i], i).image()[0],
                i -> baselines.directSpectra(samples[i].audio())[3],
                i -> FeatureBaselines.copyAndNormalise(samples[i].still())[0]);
        int rounds = Math.max(3, (int) Math.round(seconds * 1000 / BLOCK_MILLIS));
        out.printf("Feature extraction on one thread: %d different 455x256 stills and 960 ms windows, %d rounds of%n"
                + "%d ms per kind of work after a warm-up. Pin the process to one core for clean figures:%n"
                + "taskset -c 0 ./kissdetect bench features%n%n", DATA, rounds, BLOCK_MILLIS);
        timeInTurns(work, Math.min(WARM_UP_ROUNDS, rounds));
        double[][] nanos = timeInTurns(work, rounds);
        double patches = 1e9 / median(nanos[0]);
        double stills = 1e9 / median(difference(nanos[1], nanos[0]));
        double augmented = 1e9 / median(difference(nanos[2], nanos[0]));
        double spectra = 1e9 / median(nanos[3]);
        double copies = 1e9 / median(nanos[4]);
        String row = "%-40s %10s   %-36s %10s %8s%n";
        out.printf(row, "measured", "per second", "baseline, same run", "per second", "ratio");
        out.printf(row, "patches (VGGish front end, logMel)", rate(patches), "96 spectra by direct DFT, no FFT",
                rate(spectra), ratio(patches, spectra));
        out.printf(row, "stills, inference (extract - patch)", rate(stills), "centre crop copied, normalised",
                rate(copies), ratio(stills, copies));
        out.printf(row, "stills, training (augment - patch)", rate(augmented), "centre crop copied, normalised",
                rate(copies), ratio(augmented, copies));
        out.printf(row, "seconds, extract (still + patch)", rate(1e9 / median(nanos[1])), "", "", "");
        out.printf(row, "seconds, augment (still + patch)", rate(1e9 / median(nanos[2])), "", "", "");
        out.printf("%nTargets on one core: more than 500 stills/s from 256-px RGB and more than 1,000 patches/s.%n");
        return ExitCodes.OK;
    }

    /** Nanoseconds per call of each kind of work in each round; the kinds run in turns within a round. */
    private static double[][] timeInTurns(List<IntFunction<Float>> work, int rounds) {
        double[][] nanos = new double[work.size()][rounds];
        long block = BLOCK_MILLIS * 1_000_000L;
        int next = 0;
        for (int round = 0; round < rounds; round++) {
            for (int kind = 0; kind < work.size(); kind++) {
                long start = System.nanoTime();
                long elapsed;
                int done = 0;
                double sum = 0;
                do {
                    sum += work.get(kind).apply(next++ % DATA);
                    done++;
                    elapsed = System.nanoTime() - start;
                } while (elapsed < block);
                blackhole += sum;
                nanos[kind][round] = (double) elapsed / done;
            }
        }
        return nanos;
    }

    private static double[] difference(double[] minuend, double[] subtrahend) {
        double[] difference = new double[minuend.length];
        for (int i = 0; i < minuend.length; i++) {
            difference[i] = minuend[i] - subtrahend[i];
        }
        return difference;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static SecondSample[] samples() {
        SplittableRandom random = new SplittableRandom(2019);
        SecondSample[] samples = new SecondSample[DATA];
        for (int i = 0; i < DATA; i++) {
            byte[] pixels = new byte[455 * 256 * 3];
            for (int p = 0; p < pixels.length; p++) {
                pixels[p] = (byte) random.nextInt(256);
            }
            float[] audio = new float[15_360];
            for (int s = 0; s < audio.length; s++) {
                audio[s] = (float) (random.nextDouble() - 0.5);
            }
            samples[i] = new SecondSample(i, i + 0.96, new RgbImage(455, 256, pixels), audio, false, false);
        }
        return samples;
    }

    private static double parseSeconds(String text) {
        try {
            double seconds = Double.parseDouble(text);
            if (!(seconds >= 0.05 && seconds <= 600)) {
                throw CommandFailure.badInput("measure each figure for 0.05 to 600 seconds, not " + text);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw CommandFailure.badInput("'" + text + "' is not a number of seconds");
        }
    }

    /** A rate, or "n/a" where the machine's noise swamped a difference of times. */
    private static String rate(double perSecond) {
        return perSecond > 0 && Double.isFinite(perSecond) ? String.format("%,.0f", perSecond) : "n/a";
    }

    private static String ratio(double measured, double baseline) {
        return measured > 0 && Double.isFinite(measured) ? String.format("%.2fx", measured / baseline) : "n/a";
    }
}
