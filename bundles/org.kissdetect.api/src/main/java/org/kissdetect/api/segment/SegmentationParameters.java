package org.kissdetect.api.segment;

/**
 * How per-second probabilities are joined into scenes. The product's defaults are 10 seconds, 0.7 and 0.5.
 *
 * @param minSeconds  m: the shortest scene, in seconds, at least 1
 * @param minFraction t: the smallest fraction of kissing seconds inside a scene, in {@code (0, 1]}
 * @param threshold   a second is kissing when its probability is at least this, in {@code [0, 1]}
 */
public record SegmentationParameters(int minSeconds, double minFraction, double threshold) {

    /** Checks every parameter and names the one that is out of range. */
    public SegmentationParameters {
        if (minSeconds < 1) {
            throw new IllegalArgumentException("minimum scene length must be at least 1 second, got " + minSeconds);
        }
        if (!(minFraction > 0 && minFraction <= 1)) {
            throw new IllegalArgumentException("minimum kissing fraction must lie in (0, 1], got " + minFraction);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("probability threshold must lie in [0, 1], got " + threshold);
        }
    }
}
