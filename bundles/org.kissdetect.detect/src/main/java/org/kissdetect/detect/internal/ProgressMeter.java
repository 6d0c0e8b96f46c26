package org.kissdetect.detect.internal;

import java.time.Duration;

import org.kissdetect.api.detect.DetectionProgress;
import org.kissdetect.api.detect.ProgressListener;

/** Turns counts of classified seconds into progress reports, at most one per interval. */
final class ProgressMeter {

    private final ProgressListener listener;
    private final long intervalNanos;
    private final long startNanos;
    private long lastReportNanos;

    ProgressMeter(ProgressListener listener, long intervalMillis, long startNanos) {
        this.listener = listener;
        this.intervalNanos = intervalMillis * 1_000_000;
        this.startNanos = startNanos;
        this.lastReportNanos = startNanos - intervalNanos;
    }

    void update(int secondsDone, int totalSeconds, long nowNanos, boolean force) {
        if (!force && nowNanos - lastReportNanos < intervalNanos) {
            return;
        }
        lastReportNanos = nowNanos;
        listener.progress(measure(secondsDone, totalSeconds, nowNanos - startNanos));
    }

    static DetectionProgress measure(int secondsDone, int totalSeconds, long elapsedNanos) {
        double elapsed = elapsedNanos / 1e9;
        double speed = elapsed > 0 ? secondsDone / elapsed : 0;
        int remainingSeconds = Math.max(0, totalSeconds - secondsDone);
        Duration eta = speed > 0 ? Duration.ofMillis(Math.round(remainingSeconds / speed * 1000)) : Duration.ZERO;
        return new DetectionProgress(secondsDone, totalSeconds, speed, eta);
    }
}
