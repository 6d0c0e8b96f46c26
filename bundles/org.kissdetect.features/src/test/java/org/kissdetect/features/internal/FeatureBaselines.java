package org.kissdetect.features.internal;

import org.kissdetect.api.decode.RgbImage;

/**
 * What {@link FeatureExtractionBenchmark} compares the feature extractor with, in the same run: the least work an image
 * transform can do, and the spectra of a patch computed the textbook way.
 */
final class FeatureBaselines {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    private static final int WINDOW = 400;
    private static final int BINS = 257;
    private static final int HOP = 160;
    private static final int FRAMES = 96;

    private final float[][] cosine = new float[BINS][WINDOW];
    private final float[][] sine = new float[BINS][WINDOW];

    FeatureBaselines() {
        for (int k = 0; k < BINS; k++) {
            for (int n = 0; n < WINDOW; n++) {
                double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / WINDOW);
                double angle = 2 * Math.PI * k * n / 512;
                cosine[k][n] = (float) (hann * Math.cos(angle));
                sine[k][n] = (float) (hann * Math.sin(angle));
            }
        }
    }

    /** The centre 224x224 of a still copied into CHW floats, each divided by 255 and normalised: no resize. */
    static float[] copyAndNormalise(RgbImage still) {
        float[] tensor = new float[3 * 224 * 224];
        int left = (still.width() - 224) / 2;
        int top = (still.height() - 224) / 2;
        byte[] pixels = still.pixels();
        for (int y = 0; y < 224; y++) {
            for (int x = 0; x < 224; x++) {
                int source = ((top + y) * still.width() + left + x) * 3;
                for (int c = 0; c < 3; c++) {
                    tensor[c * 224 * 224 + y * 224 + x] = ((pixels[source + c] & 0xFF) / 255f - MEAN[c]) / STD[c];
                }
            }
        }
        return tensor;
    }

    /** The 96 windowed 257-bin magnitude spectra of one patch by direct summation (a DFT without the FFT). */
    float[] directSpectra(float[] audio) {
        float[] spectra = new float[FRAMES * BINS];
        for (int frame = 0; frame < FRAMES; frame++) {
            int start = frame * HOP;
            int available = Math.min(WINDOW, audio.length - start);
            for (int k = 0; k < BINS; k++) {
                float re = 0;
                float im = 0;
                float[] c = cosine[k];
                float[] s = sine[k];
                for (int n = 0; n < available; n++) {
                    re += audio[start + n] * c[n];
                    im += audio[start + n] * s[n];
                }
                spectra[frame * BINS + k] = (float) Math.sqrt(re * re + im * im);
            }
        }
        return spectra;
    }
}
