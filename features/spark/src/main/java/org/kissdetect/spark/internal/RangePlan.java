package org.kissdetect.spark.internal;

import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.detect.SecondRange;

/**
 * Cuts a film into ranges of seconds that different tasks score. The last range runs to the end, so that a film
 * longer than its container declares is still scored whole. A range that starts on a multiple of the classifier's
 * batch spares the task re-classifying seconds before it (the detection service forms its batches from second 0,
 * whatever the range): ranges of {@value #ALIGNMENT} seconds or more are rounded up to a multiple of it, which every
 * power-of-two batch size up to it divides. Shorter ranges are taken as asked: correct, with some seconds classified
 * twice.
 */
public final class RangePlan {

    static final int ALIGNMENT = 64;

    private RangePlan() {
    }

    /**
     * @param declaredSeconds the complete seconds the container declares
     * @param rangeSeconds    the longest range wanted
     */
    public static List<SecondRange> of(int declaredSeconds, int rangeSeconds) {
        if (rangeSeconds < 1) {
            throw new IllegalArgumentException("a range lasts at least one second, got " + rangeSeconds);
        }
        int length = aligned(rangeSeconds);
        List<SecondRange> ranges = new ArrayList<>();
        int first = 0;
        while (declaredSeconds - first > length) {
            ranges.add(new SecondRange(first, first + length));
            first += length;
        }
        ranges.add(SecondRange.from(first));
        return ranges;
    }

    static int aligned(int seconds) {
        if (seconds < ALIGNMENT) {
            return seconds;
        }
        return (int) Math.min(Integer.MAX_VALUE / 2, ((long) seconds + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT);
    }
}
