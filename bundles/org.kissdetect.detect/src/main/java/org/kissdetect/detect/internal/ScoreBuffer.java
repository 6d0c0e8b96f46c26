package org.kissdetect.detect.internal;

import java.util.Arrays;

/** The probabilities of a run so far, growing by batches, starting with those resumed from an earlier run. */
final class ScoreBuffer {

    private float[] values;
    private int size;

    ScoreBuffer(int expectedSeconds, float[] resumed) {
        values = Arrays.copyOf(resumed, Math.max(Math.max(16, expectedSeconds), resumed.length));
        size = resumed.length;
    }

    void append(float[] more) {
        if (size + more.length > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
        }
        System.arraycopy(more, 0, values, size, more.length);
        size += more.length;
    }

    int size() {
        return size;
    }

    /** The first {@code count} probabilities (at most all there are), as a new array. */
    float[] first(int count) {
        return Arrays.copyOf(values, Math.min(count, size));
    }
}
