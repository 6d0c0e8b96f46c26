package org.kissdetect.features.internal;

import java.util.Arrays;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The VGGish audio front end, as the reference {@code vggish_input.waveform_to_examples} for 16 kHz input:
 * frames of 400 samples (25 ms) every 160 (10 ms), only whole frames and no padding (so {@code n} samples give
 * {@code 1 + (n - 400) / 160} frames); a periodic Hann window; the magnitude of a 512-point FFT; the
 * {@link MelFilterBank}; {@code ln(mel + 0.01)}; examples of 96 consecutive frames, not overlapping, only whole
 * ones. One example therefore needs 15,600 samples (975 ms), and {@code n} samples give
 * {@code (n - 240) / 15,360} examples.
 *
 * <p>The FFT is JTransforms' real transform (Ooura's split-radix), three times faster here than commons-math's.
 * Stateless: each call makes its own transform and buffers, so one instance serves any number of threads.
 */
final class VggishFrontEnd {

    static final int SAMPLE_RATE = 16_000;
    static final int WINDOW = 400;
    static final int HOP = 160;
    static final int FFT_SIZE = 512;
    static final int FRAMES_PER_EXAMPLE = 96;
    static final int BANDS = MelFilterBank.BANDS;
    static final double LOG_OFFSET = 0.01;
    /** Samples one example spans: 95 hops and one window. */
    static final int EXAMPLE_SAMPLES = (FRAMES_PER_EXAMPLE - 1) * HOP + WINDOW;

    private final double[] window = new double[WINDOW];
    private final MelFilterBank melFilterBank = new MelFilterBank(FFT_SIZE / 2 + 1, SAMPLE_RATE);
    private final int lowestBin = melFilterBank.lowestBin();
    private final int endBin = melFilterBank.endBin();

    VggishFrontEnd() {
        for (int n = 0; n < WINDOW; n++) {
            window[n] = 0.5 - 0.5 * Math.cos(2 * Math.PI / WINDOW * n);
        }
        if (lowestBin < 1 || endBin > FFT_SIZE / 2) {
            throw new IllegalStateException("the mel bands must leave out the real-only DC and Nyquist bins");
        }
    }

    /** The number of whole examples in {@code samples} samples. */
    static int exampleCount(long samples) {
        if (samples < WINDOW) {
            return 0;
        }
        long frames = 1 + (samples - WINDOW) / HOP;
        return (int) Math.min(Integer.MAX_VALUE, frames < FRAMES_PER_EXAMPLE ? 0 : 1 + (frames - FRAMES_PER_EXAMPLE)
                / FRAMES_PER_EXAMPLE);
    }

    /**
     * The examples of a signal that continues with zeros after {@code audio} ends, up to {@code length} samples.
     *
     * @param audio  finite samples
     * @param length the signal's length, at least {@code audio.length}
     * @return {@code exampleCount(length) * 96 * 64} floats, example, frame, then band
     */
    float[] examples(float[] audio, int length) {
        int frames = exampleCount(length) * FRAMES_PER_EXAMPLE;
        float[] logMel = new float[frames * BANDS];
        DoubleFFT_1D fft = new DoubleFFT_1D(FFT_SIZE);
        double[] buffer = new double[FFT_SIZE];
        double[] magnitude = new double[FFT_SIZE / 2 + 1];
        for (int frame = 0; frame < frames; frame++) {
            int start = frame * HOP;
            int available = Math.max(0, Math.min(WINDOW, audio.length - start));
            for (int n = 0; n < available; n++) {
                buffer[n] = audio[start + n] * window[n];
            }
            Arrays.fill(buffer, available, FFT_SIZE, 0.0);
            fft.realForward(buffer);
            // JTransforms packs bin k as (re, im) at (2k, 2k + 1); DC and Nyquist are real, and unused by the bands.
            for (int bin = lowestBin; bin < endBin; bin++) {
                double re = buffer[2 * bin];
                double im = buffer[2 * bin + 1];
                magnitude[bin] = Math.sqrt(re * re + im * im);
            }
            melFilterBank.logMel(magnitude, LOG_OFFSET, logMel, frame * BANDS);
        }
        return logMel;
    }
}
