package org.kissdetect.api.detect;

import java.time.Duration;

/**
 * How far a detection has come.
 *
 * @param secondsDone              seconds of film classified so far
 * @param totalSeconds             seconds of film in all (the container's declaration; it may be wrong)
 * @param filmSecondsPerWallSecond the speed so far
 * @param remaining                the estimated time left, {@link Duration#ZERO} when unknown
 */
public record DetectionProgress(int secondsDone, int totalSeconds, double filmSecondsPerWallSecond,
        Duration remaining) {

    /**
     * The fraction done.
     *
     * @return {@code secondsDone / totalSeconds}, clamped to {@code [0, 1]}
     */
    public double fraction() {
        return totalSeconds <= 0 ? 0 : Math.min(1.0, (double) secondsDone / totalSeconds);
    }
}
