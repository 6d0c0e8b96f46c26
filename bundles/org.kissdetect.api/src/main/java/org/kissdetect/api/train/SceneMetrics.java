package org.kissdetect.api.train;

/**
 * Scene-level results: a found scene matches a true one when their intersection over union, in seconds, is at
 * least 0.5; each scene matches at most one other. A ratio whose denominator is 0 is 0.
 *
 * @param trueScenes  the annotated kissing scenes
 * @param foundScenes the scenes segmentation found
 * @param matched     the pairs matched
 */
public record SceneMetrics(int trueScenes, int foundScenes, int matched) {

    /** Checks the counts. */
    public SceneMetrics {
        if (trueScenes < 0 || foundScenes < 0 || matched < 0 || matched > Math.min(trueScenes, foundScenes)) {
            throw new IllegalArgumentException("impossible scene counts: " + matched + " matched of " + trueScenes
                    + " true and " + foundScenes + " found");
        }
    }

    /** @return {@code matched / foundScenes} */
    public double precision() {
        return foundScenes == 0 ? 0 : (double) matched / foundScenes;
    }

    /** @return {@code matched / trueScenes} */
    public double recall() {
        return trueScenes == 0 ? 0 : (double) matched / trueScenes;
    }
}
