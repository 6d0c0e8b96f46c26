package org.kissdetect.detect.internal;

import java.time.Duration;

import org.kissdetect.api.detect.DetectionProgress;
import org.kissdetect.api.detect.ProgressListener;

/** Turns counts of classified seconds into progress reports, at most one per interval. */
final class ProgressMeter {

    private final ProgressListener listener;
    private final long intervalNanos;
    private final long startNanos;
    private final int resumedSeconds;
    private long lastReportNanos;

    /**
     * @param resumedSeconds seconds taken from an interrupted run: done, but not at this run's speed
     */
    ProgressMeter(ProgressListener listener, long intervalMillis, long startNanos, int resumedSeconds) {
        this.listener = listener;
        this.intervalNanos = intervalMillis * 1_000_000;
        this.startNanos = startNanos;
        this.resumedSeconds = resumedSeconds;
        this.lastReportNanos = startNanos - intervalNanos;
    }

    void update(int secondsDone, int totalSeconds, long nowNanos, boolean force) {
        if (!force && nowNanos - lastReportNanos < intervalNanos) {
            return;
        }
        lastReportNanos = nowNanos;
        listener.progress(measure(secondsDone, totalSeconds, nowNanos - startNanos, resumedSeconds));
    }

    static DetectionProgress measure(int secondsDone, int totalSeconds, long elapsedNanos, int resumedSeconds) {
        double elapsed = elapsedNanos / 1e9;
        int classifiedNow = Math.max(0, secondsDone - resumedSeconds);
        double speed = elapsed > 0 ? classifiedNow / elapsed : 0;
        int remainingSeconds = Math.max(0, totalSeconds - secondsDone);
        Duration eta = speed > 0 ? Duration.ofMillis(Math.round(remainingSeconds / speed * 1000)) : Duration.ZERO;
        return new DetectionProgress(secondsDone, totalSeconds, speed, eta, resumedSeconds);
    }
}
