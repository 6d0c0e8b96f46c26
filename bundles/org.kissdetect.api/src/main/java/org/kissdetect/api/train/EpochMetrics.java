package org.kissdetect.api.train;

import java.time.Duration;

/**
 * What one epoch of training achieved.
 *
 * @param epoch          the epoch, from 1
 * @param trainLoss      the mean loss over its batches
 * @param validation     the per-second results on the validation split after the epoch
 * @param validationLoss the mean loss on the validation split after the epoch (it breaks ties of F1)
 * @param elapsed        how long the epoch took, validation included
 */
public record EpochMetrics(int epoch, double trainLoss, Confusion validation, double validationLoss,
        Duration elapsed) {

    /** Checks the epoch number and that the parts are present. */
    public EpochMetrics {
        if (epoch < 1 || validation == null || elapsed == null) {
            throw new IllegalArgumentException("an epoch needs a number from 1, validation results and a duration");
        }
    }
}
