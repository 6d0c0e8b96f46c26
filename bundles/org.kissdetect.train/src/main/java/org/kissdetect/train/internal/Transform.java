package org.kissdetect.train.internal;

/**
 * How a cached second becomes network inputs: the inference transform, or the paper's augmentation with a seed
 * per example derived from the run's seed, the movie and the second (so a resumed or repeated run augments alike).
 *
 * @param augmented whether the training augmentation is used
 * @param seed      the run's seed
 */
record Transform(boolean augmented, long seed) {

    static final Transform INFERENCE = new Transform(false, 0);

    static Transform augmented(long seed) {
        return new Transform(true, seed);
    }

    String key() {
        return augmented ? "augment:" + seed : "inference";
    }

    /**
     * The key of a branch's inputs under this transform. Clips have been augmented since their key says
     * {@code augment-clips}; before, the clip branch's training features were of unaugmented clips under the plain
     * augmented key, and a cache holding those must not be believed.
     */
    String key(String branch) {
        return augmented && branch.equals("clip") ? "augment-clips:" + seed : key();
    }

    long seedOf(String movie, int second) {
        return Seeds.mix(Seeds.mix(seed, movie.hashCode()), second);
    }
}
