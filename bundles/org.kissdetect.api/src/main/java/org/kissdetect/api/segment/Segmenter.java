package org.kissdetect.api.segment;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Joins per-second kissing probabilities into scenes.
 *
 * <p>A candidate is every span {@code [i, j]} whose first and last seconds are kissing, that lasts at least
 * {@code minSeconds} and whose fraction of kissing seconds is at least {@code minFraction}. Candidates are taken
 * longest first (ties: earlier start), each kept when it overlaps no scene kept before. Scenes come back in time
 * order. The result depends only on the inputs.
 */
@ProviderType
public interface Segmenter {

    /**
     * The parameters this service was configured with.
     *
     * @return the configured parameters
     */
    SegmentationParameters parameters();

    /**
     * Segments with the configured parameters.
     *
     * @param probabilities one kissing probability per second, each in {@code [0, 1]}
     * @return the scenes in time order
     * @throws IllegalArgumentException naming the second, when a probability is NaN or out of range
     */
    default List<Scene> segment(float[] probabilities) {
        return segment(probabilities, parameters());
    }

    /**
     * Segments with the given parameters.
     *
     * @param probabilities one kissing probability per second, each in {@code [0, 1]}
     * @param parameters    the minimum length, minimum fraction and threshold
     * @return the scenes in time order
     * @throws IllegalArgumentException naming the second, when a probability is NaN or out of range
     */
    List<Scene> segment(float[] probabilities, SegmentationParameters parameters);
}
