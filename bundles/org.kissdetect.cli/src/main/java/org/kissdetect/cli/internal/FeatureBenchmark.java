package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.FeatureExtractor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code kissdetect bench features [SECONDS]}: the feature extractor's throughput on this one thread, from the
 * decoder's 455x256 stills and 960 ms windows, next to {@link FeatureBaselines} timed on the same data in the same
 * run. A patch is timed through {@code logMel} on the 15,600 samples a second's patch is computed over; stills
 * through {@code extract} and {@code augment} less that patch time (the API gives no still-only call). Each figure
 * is the median of {@value #ROUNDS} rounds of SECONDS / {@value #ROUNDS} (default 2 s) after one warm-up round.
 */
@Component(property = Benchmark.NAME + "=features")
public final class FeatureBenchmark implements Benchmark {

    private static final int ROUNDS = 5;
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
        long roundNanos = (long) (seconds / ROUNDS * 1e9);
        SecondSample[] samples = samples();
        float[][] patchInputs = new float[DATA][];
        for (int i = 0; i < DATA; i++) {
            patchInputs[i] = Arrays.copyOf(samples[i].audio(), 15_600);
        }
        FeatureBaselines baselines = new FeatureBaselines();
        out.printf("Feature extraction on one thread, %d different 455x256 stills and 960 ms windows;%n"
                + "median of %d rounds of %.2f s after a warm-up round. Pin the process to one core for clean figures:%n"
                + "taskset -c 0 ./kissdetect bench features%n%n", DATA, ROUNDS, seconds / ROUNDS);
        double patches = perSecond(i -> extractor.logMel(patchInputs[i]).values()[0], roundNanos);
        double spectra = perSecond(i -> baselines.directSpectra(samples[i].audio())[3], roundNanos);
        double extracts = perSecond(i -> extractor.extract(samples[i]).image()[0], roundNanos);
        double augments = perSecond(i -> extractor.augment(samples[i], i).image()[0], roundNanos);
        double copies = perSecond(i -> FeatureBaselines.copyAndNormalise(samples[i].still())[0], roundNanos);
        double stills = 1 / (1 / extracts - 1 / patches);
        double augmentedStills = 1 / (1 / augments - 1 / patches);
        String row = "%-40s %10s   %-44s %10s %8s%n";
        out.printf(row, "measured", "per second", "baseline, same run", "per second", "ratio");
        out.printf(row, "patches (VGGish front end, logMel)", rate(patches), "the 96 spectra by direct DFT, no FFT",
                rate(spectra), ratio(patches, spectra));
        out.printf(row, "stills, inference (extract - patch)", rate(stills), "centre crop copied and normalised",
                rate(copies), ratio(stills, copies));
        out.printf(row, "stills, training (augment - patch)", rate(augmentedStills), "centre crop copied and normalised",
                rate(copies), ratio(augmentedStills, copies));
        out.printf(row, "seconds, extract (still + patch)", rate(extracts), "", "", "");
        out.printf(row, "seconds, augment (still + patch)", rate(augments), "", "", "");
        out.printf("%nTargets on one core: more than 500 stills/s from 256-px RGB and more than 1,000 patches/s.%n");
        return ExitCodes.OK;
    }

    /** The median rate of {@code work} over the rounds, cycling through the data; one round warms up first. */
    private static double perSecond(IntFunction<Float> work, long roundNanos) {
        double[] rates = new double[ROUNDS];
        for (int round = -1; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long elapsed;
            int done = 0;
            double sum = 0;
            do {
                sum += work.apply(done % DATA);
                done++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < roundNanos);
            blackhole += sum;
            if (round >= 0) {
                rates[round] = done / (elapsed / 1e9);
            }
        }
        Arrays.sort(rates);
        return rates[ROUNDS / 2];
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

    private static String rate(double perSecond) {
        return String.format("%,.0f", perSecond);
    }

    private static String ratio(double measured, double baseline) {
        return String.format("%.2fx", measured / baseline);
    }
}
