package org.kissdetect.train.internal;

import java.util.SplittableRandom;

/** Seeds derived from seeds, so that every random choice of a run follows from its one seed. */
final class Seeds {

    private Seeds() {
    }

    /** SplitMix64's finaliser over {@code a + b * golden}. */
    static long mix(long a, long b) {
        long z = a + b * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return {@code 0..size-1} in an order drawn from the seed */
    static int[] permutation(int size, long seed) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
