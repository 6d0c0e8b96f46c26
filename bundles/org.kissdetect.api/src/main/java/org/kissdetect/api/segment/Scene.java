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
}
