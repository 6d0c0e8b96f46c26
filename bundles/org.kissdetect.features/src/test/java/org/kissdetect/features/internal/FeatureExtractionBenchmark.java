package org.kissdetect.features.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.LogMelExamples;
import org.kissdetect.api.features.ModelInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The feature extractor on one thread, from the decoder's 455x256 stills and 960 ms windows ({@value #DATA}
 * different ones, taken in turn), next to {@link FeatureBaselines} on the same data. A patch is timed through
 * {@code logMel} on the 15,600 samples a second's patch is computed over; a still as {@code extract} (or
 * {@code augment}) less that patch, the API having no still-only call. {@link FeatureBenchmarks} runs it and
 * prints the ratios.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FeatureExtractionBenchmark {

    static final int DATA = 16;

    private final FeatureExtractorComponent extractor = new FeatureExtractorComponent();
    private final FeatureBaselines baselines = new FeatureBaselines();
    private final SecondSample[] samples = samples();
    private final float[][] patchInputs = new float[DATA][];
    private int next;

    public FeatureExtractionBenchmark() {
        for (int i = 0; i < DATA; i++) {
            patchInputs[i] = Arrays.copyOf(samples[i].audio(), FeatureExtractorComponent.PADDED_SECOND);
        }
    }

    @Benchmark
    public LogMelExamples logMel() {
        return extractor.logMel(patchInputs[next++ % DATA]);
    }

    @Benchmark
    public ModelInput extract() {
        return extractor.extract(samples[next++ % DATA]);
    }

    @Benchmark
    public ModelInput augment() {
        int i = next++ % DATA;
        return extractor.augment(samples[i], i);
    }

    @Benchmark
    public float[] directSpectra() {
        return baselines.directSpectra(samples[next++ % DATA].audio());
    }

    @Benchmark
    public float[] copyAndNormalise() {
        return FeatureBaselines.copyAndNormalise(samples[next++ % DATA].still());
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
}
