package org.kissdetect.api.features;

import java.util.Arrays;

import org.kissdetect.api.decode.ClipRequest;

/**
 * How a model that looks at motion wants the clip of each second prepared, as its checkpoint was trained: the
 * decoder scales {@code frames} frames to a short side of {@code shortSide} pixels; each is centre-cropped to
 * {@code crop} x {@code crop}, its 8-bit values v become {@code v / 255 * valueScale}, then
 * {@code (value - mean[c]) / std[c]} per RGB channel c. Frames missing before the film's start are zeros after
 * normalisation (the paper pads so). Arrays are shared, not copied: treat them as read-only.
 *
 * @param frames     the clip's length in frames
 * @param shortSide  the short side the decoder scales each frame to
 * @param crop       the side of the centre crop, at most {@code shortSide}
 * @param valueScale 1 for values in [0, 1], 255 for values in [0, 255]
 * @param mean       three channel means, RGB, in the scaled values' range
 * @param std        three positive channel deviations, RGB
 * @since 1.1
 */
public record ClipPreprocessing(int frames, int shortSide, int crop, float valueScale, float[] mean, float[] std) {

    /** Checks the sizes and that every number is finite. */
    public ClipPreprocessing {
        new ClipRequest(frames, shortSide);
        if (crop < 1 || crop > shortSide) {
            throw new IllegalArgumentException("a clip's crop is 1 to its short side " + shortSide + ", got " + crop);
        }
        if (!(valueScale > 0) || !Float.isFinite(valueScale)) {
            throw new IllegalArgumentException("a clip's value scale must be positive, got " + valueScale);
        }
        if (mean == null || mean.length != 3 || std == null || std.length != 3) {
            throw new IllegalArgumentException("a clip needs three channel means and deviations, got "
                    + Arrays.toString(mean) + " and " + Arrays.toString(std));
        }
        for (int c = 0; c < 3; c++) {
            if (!Float.isFinite(mean[c]) || !(std[c] > 0) || !Float.isFinite(std[c])) {
                throw new IllegalArgumentException("channel " + c + ": mean " + mean[c] + ", deviation " + std[c]
                        + ": the mean must be finite and the deviation positive");
            }
        }
    }

    /** @return what the decoder must deliver with each second */
    public ClipRequest decoding() {
        return new ClipRequest(frames, shortSide);
    }

    /** @return the number of floats of one prepared clip: 3 x frames x crop x crop */
    public int tensorLength() {
        return 3 * frames * crop * crop;
    }
}
