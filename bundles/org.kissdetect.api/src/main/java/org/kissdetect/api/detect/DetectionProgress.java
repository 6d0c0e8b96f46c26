package org.kissdetect.api.detect;

import java.time.Duration;

/**
 * How far a detection has come.
 *
 * @param secondsDone              seconds of film classified so far, counting those resumed from an
 *                                 interrupted run
 * @param totalSeconds             seconds of film in all (the container's declaration; it may be wrong)
 * @param filmSecondsPerWallSecond the speed so far
 * @param remaining                the estimated time left, {@link Duration#ZERO} when unknown
 * @param resumedSeconds           seconds taken from an interrupted earlier run of the same movie and model
 *                                 (not classified again), 0 when the run started from the beginning
 */
public record DetectionProgress(int secondsDone, int totalSeconds, double filmSecondsPerWallSecond,
        Duration remaining, int resumedSeconds) {

    /**
     * The progress of a run that started from the beginning.
     *
     * @param secondsDone              seconds of film classified so far
     * @param totalSeconds             seconds of film in all
     * @param filmSecondsPerWallSecond the speed so far
     * @param remaining                the estimated time left, {@link Duration#ZERO} when unknown
     */
    public DetectionProgress(int secondsDone, int totalSeconds, double filmSecondsPerWallSecond, Duration remaining) {
        this(secondsDone, totalSeconds, filmSecondsPerWallSecond, remaining, 0);
    }

    /**
     * The fraction done.
     *
     * @return {@code secondsDone / totalSeconds}, clamped to {@code [0, 1]}
     */
    public double fraction() {
        return totalSeconds <= 0 ? 0 : Math.min(1.0, (double) secondsDone / totalSeconds);
    }
}
