package org.kissdetect.decode.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Sound placed by its timestamps into the windows the seconds keep: {@code [k + 0.04, k + 1)} at 16 kHz. Samples
 * outside every window, or in a window already handed out, are dropped; a window nothing was placed in is silence.
 * Only the windows of seconds not yet handed out are held. Several tracks (a broadcast file's mono channels) are
 * mixed, each with its gain; the sound has reached a point once every track has.
 */
final class AudioWindows {

    static final int RATE = 16_000;
    static final int WINDOW = 15_360;
    static final int WINDOW_OFFSET = RATE - WINDOW;

    private final Map<Integer, float[]> windows = new HashMap<>();
    private final Map<Integer, Integer> placed = new HashMap<>();
    private final long[] ends;
    /** Sound before this second is not wanted (a stream opened at a later second): dropped without a word. */
    private final int firstWanted;
    private int firstOpen;
    private long late;

    /**
     * @param tracks      how many tracks are mixed into the windows
     * @param firstSecond the first second whose window is wanted
     */
    AudioWindows(int tracks, int firstSecond) {
        ends = new long[tracks];
        java.util.Arrays.fill(ends, Long.MIN_VALUE);
        firstWanted = firstSecond;
        firstOpen = firstSecond;
    }

    /**
     * Mixes {@code count} samples of a track, times {@code gain}, the first at sample index {@code first}. With one
     * track a sample placed twice keeps its last value, as a stream whose timestamps repeat would have it.
     */
    void place(int track, long first, float[] samples, int count, float gain) {
        boolean mix = ends.length > 1;
        for (int i = 0; i < count; i++) {
            long index = first + i;
            if (index < 0) {
                continue;
            }
            int second = (int) (index / RATE);
            int offset = (int) (index % RATE) - WINDOW_OFFSET;
            if (offset < 0) {
                continue;
            }
            if (second < firstOpen) {
                late += second < firstWanted ? 0 : 1;
                continue;
            }
            float[] window = windows.computeIfAbsent(second, s -> new float[WINDOW]);
            window[offset] = mix ? window[offset] + gain * samples[i] : samples[i];
            placed.merge(second, 1, Integer::sum);
        }
        ends[track] = Math.max(ends[track], first + count);
    }

    /** The index after the last sample every track has placed so far, or {@code Long.MIN_VALUE} before that. */
    long end() {
        long end = Long.MAX_VALUE;
        for (long trackEnd : ends) {
            end = Math.min(end, trackEnd);
        }
        return end;
    }

    /** How many samples came for seconds already handed out. */
    long lateSamples() {
        return late;
    }

    /**
     * Hands out second {@code k}'s window; later samples for it are dropped.
     *
     * @return the window, or {@code null} when nothing was placed in it
     */
    float[] take(int second) {
        firstOpen = Math.max(firstOpen, second + 1);
        placed.remove(second);
        return windows.remove(second);
    }
}
