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
    /**
     * The shortest range chosen without being asked: each range decodes a few seconds before it again and, for the
     * exactness of the sound, its sound from the film's start (about 90 times faster than real time here), so short
     * ranges cost more than they spread.
     */
    static final int SHORTEST_AUTOMATIC = 640;

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

    /**
     * The range length when the user named none: films are split only as far as the cluster needs to keep every task
     * slot busy, about two tasks a slot; a library with more films than slots is scored a film a task.
     *
     * @param librarySeconds the declared seconds of the films to score
     * @param taskSlots      the cluster's task slots (Spark's default parallelism)
     */
    public static int automaticLength(long librarySeconds, int taskSlots) {
        long share = librarySeconds / Math.max(1, 2L * taskSlots);
        return aligned((int) Math.min(Integer.MAX_VALUE / 2, Math.max(SHORTEST_AUTOMATIC, share)));
    }

    static int aligned(int seconds) {
        if (seconds < ALIGNMENT) {
            return seconds;
        }
        return (int) Math.min(Integer.MAX_VALUE / 2, ((long) seconds + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT);
    }
}
