package org.kissdetect.api.classify;

/**
 * Where a model looked for one second (the paper's Figure 8): the gradient of the kissing logit with respect to
 * each input pixel of the picture the model saw, its absolute value maximised over the three colour channels.
 * For a model that looks at a clip, the map is that of the clip's last frame, the second's still.
 *
 * @param second     the index of the second in its movie
 * @param width      the map's width in pixels: that of the picture the model saw (224 for the still)
 * @param height     the map's height in pixels
 * @param magnitudes {@code width * height} non-negative values, row-major, unscaled
 * @param logit      the kissing logit the gradient is of (for softmax models: the kissing class's logit before the
 *                   softmax)
 * @since 1.5
 */
public record Saliency(int second, int width, int height, float[] magnitudes, float logit) {

    /** Checks that the map is whole and holds finite, non-negative values. */
    public Saliency {
        if (width < 1 || height < 1 || magnitudes == null || magnitudes.length != width * height) {
            throw new IllegalArgumentException("a saliency map of " + width + " x " + height + " needs as many values, got "
                    + (magnitudes == null ? "none" : magnitudes.length));
        }
        for (float value : magnitudes) {
            if (!(value >= 0) || !Float.isFinite(value)) {
                throw new IllegalArgumentException("saliency values must be finite and non-negative, got " + value);
            }
        }
    }

    /** @return the largest value, 0 for a map that is zero everywhere */
    public float maximum() {
        float maximum = 0;
        for (float value : magnitudes) {
            maximum = Math.max(maximum, value);
        }
        return maximum;
    }
}
