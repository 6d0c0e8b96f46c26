package org.kissdetect.train.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.kissdetect.api.train.DataSplit;

/**
 * Splits movies, never seconds, 80/10/10 into train, validation and test: the names are sorted, shuffled with the
 * seed, and the first tenth (at least one) becomes validation, the next tenth (at least one) test, the rest
 * train. The same names and seed always give the same split, whatever order the names come in.
 */
final class MovieSplit {

    /** The fewest movies that can be split: one for each part. */
    static final int MINIMUM = 3;

    private MovieSplit() {
    }

    /**
     * Splits movies.
     *
     * @param movies the movies' names, at least {@value #MINIMUM}, distinct
     * @param seed   the seed of the shuffle
     * @return the split
     * @throws IllegalArgumentException for fewer than {@value #MINIMUM} movies
     */
    static DataSplit of(List<String> movies, long seed) {
        if (movies.size() < MINIMUM) {
            throw new IllegalArgumentException("splitting by movie needs at least " + MINIMUM + " movies (one each for"
                    + " train, validation and test), got " + movies.size());
        }
        List<String> shuffled = new ArrayList<>(movies.stream().sorted().distinct().toList());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        int tenth = Math.max(1, (int) Math.round(shuffled.size() * 0.1));
        List<String> validation = shuffled.subList(0, tenth);
        List<String> test = shuffled.subList(tenth, 2 * tenth);
        List<String> train = shuffled.subList(2 * tenth, shuffled.size());
        return new DataSplit(sorted(train), sorted(validation), sorted(test));
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}
