package org.kissdetect.decode.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Sound placed by its timestamps into the windows the seconds keep: {@code [k + 0.04, k + 1)} at 16 kHz. Samples
 * outside every window, or in a window already handed out, are dropped; a window nothing was placed in is silence.
 * Only the windows of seconds not yet handed out are held.
 */
final class AudioWindows {

    static final int RATE = 16_000;
    static final int WINDOW = 15_360;
    static final int WINDOW_OFFSET = RATE - WINDOW;

    private final Map<Integer, float[]> windows = new HashMap<>();
    private final Map<Integer, Integer> placed = new HashMap<>();
    private int firstOpen;
    private long end = Long.MIN_VALUE;
    private long late;

    /**
     * Places {@code count} samples, the first at sample index {@code first} from the start of the movie.
     */
    void place(long first, float[] samples, int count) {
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
                late++;
                continue;
            }
            windows.computeIfAbsent(second, s -> new float[WINDOW])[offset] = samples[i];
            placed.merge(second, 1, Integer::sum);
        }
        end = Math.max(end, first + count);
    }

    /** The index after the last sample placed so far, or {@code Long.MIN_VALUE} before any. */
    long end() {
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
