package org.kissdetect.editor.internal;

import java.util.Locale;

import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.nle.sdk.job.JobMonitor;

/**
 * Teaching's progress in the host's job display: embedding the films fills the first fifth, each epoch an equal
 * share of the rest, named with its loss and validation F1.
 */
final class TeachingProgress implements TrainingListener {

    private static final double EMBEDDING = 0.2;

    private final JobMonitor monitor;
    private final int epochs;

    TeachingProgress(JobMonitor monitor, int epochs) {
        this.monitor = monitor;
        this.epochs = epochs;
    }

    @Override
    public void stage(String stage, int done, int total) {
        monitor.progress(EMBEDDING * done / Math.max(1, total), capitalised(stage) + ": " + done + " of " + total);
    }

    @Override
    public void epoch(EpochMetrics metrics) {
        monitor.progress(EMBEDDING + (1 - EMBEDDING) * metrics.epoch() / epochs, String.format(Locale.ROOT,
                "Epoch %d of %d: loss %.3f, validation F1 %.2f", metrics.epoch(), epochs, metrics.trainLoss(),
                metrics.validation().f1()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
