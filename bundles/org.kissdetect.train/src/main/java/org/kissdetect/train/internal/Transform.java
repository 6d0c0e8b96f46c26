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

    long seedOf(String movie, int second) {
        return Seeds.mix(Seeds.mix(seed, movie.hashCode()), second);
    }
}
