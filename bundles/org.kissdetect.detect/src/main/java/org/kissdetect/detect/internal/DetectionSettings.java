package org.kissdetect.detect.internal;

import java.nio.file.Path;

import org.kissdetect.common.cache.CacheRoot;

/**
 * The detection configuration, checked. A detection takes the settings current when it starts and keeps them.
 *
 * @param batchSize              seconds per batch, 0 for the classifier's choice
 * @param queueSeconds           decoded seconds that may wait for classification
 * @param progressIntervalMillis the least time between two progress reports
 * @param checkpointMillis       how often classified seconds are kept for resuming, 0 after every batch
 * @param scores                 the score cache
 */
record DetectionSettings(int batchSize, int queueSeconds, int progressIntervalMillis, long checkpointMillis,
        ScoreStore scores) {

    static DetectionSettings of(DetectionConfiguration configuration) {
        String folder = configuration.scoreCacheDirectory();
        return new DetectionSettings(atLeast("batchSize", configuration.batchSize(), 0),
                atLeast("queueSeconds", configuration.queueSeconds(), 1),
                atLeast("progressIntervalMillis", configuration.progressIntervalMillis(), 10),
                1000L * atLeast("checkpointSeconds", configuration.checkpointSeconds(), 0),
                new ScoreStore(folder == null || folder.isBlank() ? CacheRoot.folder("scores") : Path.of(folder)));
    }

    private static int atLeast(String attribute, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException("invalid configuration " + DetectionComponent.PID + ": " + attribute
                    + " must be at least " + minimum + ", got " + value);
        }
        return value;
    }
}
