package org.kissdetect.features.internal;

import java.util.Arrays;

/**
 * VGGish's mel weights, built as the reference {@code mel_features.spectrogram_to_mel_matrix} builds them: 64
 * triangles on the HTK mel scale ({@code 1127 ln(1 + f / 700)}) with edges evenly spaced in mel from 125 Hz to
 * 7,500 Hz, evaluated at the 257 bins of a 512-point spectrum at 16 kHz, and a weight of 0 for the DC bin. Each
 * band keeps only its non-zero span.
 */
final class MelFilterBank {

    static final int BANDS = 64;
    static final double LOWER_EDGE_HERTZ = 125;
    static final double UPPER_EDGE_HERTZ = 7500;

    private final int[] firstBin = new int[BANDS];
    private final double[][] weights = new double[BANDS][];

    MelFilterBank(int spectrumBins, double sampleRate) {
        double[] binMel = new double[spectrumBins];
        double binHertz = sampleRate / 2 / (spectrumBins - 1);
        for (int bin = 0; bin < spectrumBins; bin++) {
            binMel[bin] = hertzToMel(bin * binHertz);
        }
        double[] edges = linspace(hertzToMel(LOWER_EDGE_HERTZ), hertzToMel(UPPER_EDGE_HERTZ), BANDS + 2);
        double[] column = new double[spectrumBins];
        for (int band = 0; band < BANDS; band++) {
            double lower = edges[band];
            double centre = edges[band + 1];
            double upper = edges[band + 2];
            for (int bin = 0; bin < spectrumBins; bin++) {
                double rising = (binMel[bin] - lower) / (centre - lower);
                double falling = (upper - binMel[bin]) / (upper - centre);
                column[bin] = Math.max(0.0, Math.min(rising, falling));
            }
            column[0] = 0.0;
            keepNonZeroSpan(band, column);
        }
    }

    static double hertzToMel(double hertz) {
        return 1127.0 * Math.log(1.0 + hertz / 700.0);
    }

    /** numpy's {@code linspace}: {@code start + i * step}, the last point exactly {@code stop}. */
    private static double[] linspace(double start, double stop, int count) {
        double step = (stop - start) / (count - 1);
        double[] points = new double[count];
        for (int i = 0; i < count; i++) {
            points[i] = i * step + start;
        }
        points[count - 1] = stop;
        return points;
    }

    private void keepNonZeroSpan(int band, double[] column) {
        int first = 0;
        while (first < column.length && column[first] == 0) {
            first++;
        }
        int end = column.length;
        while (end > first && column[end - 1] == 0) {
            end--;
        }
        firstBin[band] = first;
        weights[band] = Arrays.copyOfRange(column, first, end);
    }

    /** The weight of a spectrum bin in a band; 0 outside the band's triangle. */
    double weight(int band, int bin) {
        int offset = bin - firstBin[band];
        return offset < 0 || offset >= weights[band].length ? 0 : weights[band][offset];
    }

    /** The lowest bin any band uses. */
    int lowestBin() {
        int lowest = Integer.MAX_VALUE;
        for (int band = 0; band < BANDS; band++) {
            lowest = Math.min(lowest, firstBin[band]);
        }
        return lowest;
    }

    /** One past the highest bin any band uses. */
    int endBin() {
        int end = 0;
        for (int band = 0; band < BANDS; band++) {
            end = Math.max(end, firstBin[band] + weights[band].length);
        }
        return end;
    }

    /**
     * Writes {@code ln(mel + offset)} of one magnitude spectrum, band by band.
     *
     * @param magnitude  the spectrum's magnitudes, indexed by bin
     * @param logOffset  added before the logarithm
     * @param target     where the 64 values go
     * @param at         the index of the first
     */
    void logMel(double[] magnitude, double logOffset, float[] target, int at) {
        for (int band = 0; band < BANDS; band++) {
            double[] w = weights[band];
            int first = firstBin[band];
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                sum += w[i] * magnitude[first + i];
            }
            target[at + band] = (float) Math.log(sum + logOffset);
        }
    }
}
