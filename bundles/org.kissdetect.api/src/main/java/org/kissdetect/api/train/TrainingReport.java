package org.kissdetect.api.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a training run produced.
 *
 * @param model      the model directory written (the best epoch's parameters)
 * @param split      which movies were trained on, validated on and held out
 * @param epochs     every epoch's results, in order, those before a resume included
 * @param bestEpoch  the epoch with the best validation F1 (of equals, the lowest validation loss), whose parameters
 *                   were kept
 * @param test       the kept model's per-second results on the held-out movies
 * @param testScenes its scene-level results on them
 * @param elapsed    how long this run took, preparation included
 */
public record TrainingReport(Path model, DataSplit split, List<EpochMetrics> epochs, int bestEpoch, Confusion test,
        SceneMetrics testScenes, Duration elapsed) {

    /** Copies the epoch list and checks that the best epoch is one of them. */
    public TrainingReport {
        epochs = List.copyOf(epochs);
        if (bestEpoch < 1 || bestEpoch > epochs.size()) {
            throw new IllegalArgumentException("best epoch " + bestEpoch + " is not one of the " + epochs.size());
        }
    }

    /** @return the kept epoch's validation results */
    public Confusion bestValidation() {
        return epochs.get(bestEpoch - 1).validation();
    }
}
