package org.kissdetect.api.segment;

/**
 * A kissing scene: whole seconds {@code start..end}, both included.
 *
 * @param start      the first second, from 0
 * @param end        the last second, at least {@code start}
 * @param confidence the mean kissing probability of its seconds, in {@code [0, 1]}
 */
public record Scene(int start, int end, double confidence) {

    /** Checks the bounds and the confidence. */
    public Scene {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a scene needs 0 <= start <= end, got " + start + ".." + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
        }
    }

    /**
     * The length of the scene.
     *
     * @return {@code end - start + 1} seconds
     */
    public int seconds() {
        return end - start + 1;
    }

    /**
     * How much this scene and a span of whole seconds overlap: their intersection over their union, the measure
     * scenes are matched by (a match from 0.5).
     *
     * @param first the span's first second
     * @param last  the span's last second, at least {@code first}
     * @return from 0 (apart) to 1 (the same seconds)
     * @since 1.1
     */
    public double intersectionOverUnion(int first, int last) {
        if (last < first) {
            throw new IllegalArgumentException("a span needs first <= last, got " + first + ".." + last);
        }
        int intersection = Math.max(0, Math.min(end, last) - Math.max(start, first) + 1);
        return (double) intersection / (seconds() + (last - first + 1) - intersection);
    }

    /**
     * How much two scenes overlap, as {@link #intersectionOverUnion(int, int)} of the other's seconds.
     *
     * @param other another scene
     * @return from 0 to 1
     * @since 1.1
     */
    public double intersectionOverUnion(Scene other) {
        return intersectionOverUnion(other.start, other.end);
    }
}
