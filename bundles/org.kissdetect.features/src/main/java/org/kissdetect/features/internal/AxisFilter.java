package org.kissdetect.features.internal;

/**
 * The weights of a bilinear resize with antialiasing along one axis: each output pixel is a normalised
 * triangle-filter average of a window of input pixels, the filter widened by the scale when shrinking. This is
 * Pillow's {@code Image.resize(BILINEAR)} and PyTorch's {@code interpolate(bilinear, antialias=True)} (what
 * torchvision's {@code Resize} does): pixel centres at {@code i + 0.5}, windows clamped to the input.
 *
 * <p>The input is the span {@code [sourceStart, sourceStart + sourceLength)} of a line, scaled to
 * {@code scaledLength} pixels; only the outputs {@code [firstOutput, firstOutput + outputCount)} of that scaled
 * line are computed, so a resize followed by a crop costs only the cropped pixels.
 */
final class AxisFilter {

    private final int outputCount;
    private final int taps;
    /** The first input index of each output's window, absolute in the line. */
    private final int[] windowStart;
    /** The window length of each output. */
    private final int[] windowLength;
    /** {@code taps} weights per output, summing to 1; unused slots are 0. */
    private final float[] weights;

    private AxisFilter(int outputCount, int taps) {
        this.outputCount = outputCount;
        this.taps = taps;
        this.windowStart = new int[outputCount];
        this.windowLength = new int[outputCount];
        this.weights = new float[outputCount * taps];
    }

    static AxisFilter of(int sourceStart, int sourceLength, int scaledLength, int firstOutput, int outputCount) {
        if (sourceLength < 1 || scaledLength < 1 || firstOutput < 0 || outputCount < 1
                || firstOutput + outputCount > scaledLength) {
            throw new IllegalArgumentException("cannot take outputs [" + firstOutput + ", " + (firstOutput + outputCount)
                    + ") of " + sourceLength + " pixels scaled to " + scaledLength);
        }
        double scale = (double) sourceLength / scaledLength;
        double filterScale = Math.max(scale, 1.0);
        double support = filterScale; // the triangle filter reaches 1 input pixel, widened when shrinking
        int taps = (int) Math.ceil(support) * 2 + 1;
        AxisFilter filter = new AxisFilter(outputCount, taps);
        double[] raw = new double[taps];
        for (int o = 0; o < outputCount; o++) {
            double center = (firstOutput + o + 0.5) * scale;
            int from = Math.max((int) (center - support + 0.5), 0);
            int to = Math.min((int) (center + support + 0.5), sourceLength);
            double total = 0;
            for (int x = from; x < to; x++) {
                raw[x - from] = triangle((x - center + 0.5) / filterScale);
                total += raw[x - from];
            }
            filter.windowStart[o] = sourceStart + from;
            filter.windowLength[o] = to - from;
            for (int x = from; x < to; x++) {
                filter.weights[o * taps + x - from] = (float) (total == 0 ? 0 : raw[x - from] / total);
            }
        }
        return filter;
    }

    private static double triangle(double x) {
        double distance = Math.abs(x);
        return distance < 1 ? 1 - distance : 0;
    }

    int outputCount() {
        return outputCount;
    }

    int taps() {
        return taps;
    }

    int windowStart(int output) {
        return windowStart[output];
    }

    int windowLength(int output) {
        return windowLength[output];
    }

    float weight(int output, int tap) {
        return weights[output * taps + tap];
    }

    /** The smallest input index any output reads. */
    int firstInput() {
        return windowStart[0];
    }

    /** One past the largest input index any output reads. */
    int endInput() {
        return windowStart[outputCount - 1] + windowLength[outputCount - 1];
    }

    /** True when every output copies exactly one input pixel (no resize along this axis). */
    boolean isCopy() {
        for (int o = 0; o < outputCount; o++) {
            for (int t = 0; t < windowLength[o]; t++) {
                float w = weights[o * taps + t];
                if (w != (t == 0 ? 1f : 0f)) {
                    return false;
                }
            }
        }
        return true;
    }
}
