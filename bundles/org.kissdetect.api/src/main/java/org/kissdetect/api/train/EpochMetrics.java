package org.kissdetect.api.train;

import java.time.Duration;
import java.util.Optional;

/**
 * What one epoch of training achieved.
 *
 * @param epoch          the epoch, from 1
 * @param trainLoss      the mean loss over its batches
 * @param validation     the per-second results on the validation split after the epoch
 * @param validationLoss the mean loss on the validation split after the epoch (it breaks ties of F1)
 * @param elapsed        how long the epoch took, validation included
 * @param training       the per-second results on the training split after the epoch, in inference mode on the
 *                       inputs it was trained on (the training curve of the paper's Figure 9), or {@code null} when
 *                       not measured (epochs of checkpoints written before 2.3). Since 2.3.
 */
public record EpochMetrics(int epoch, double trainLoss, Confusion validation, double validationLoss,
        Duration elapsed, Confusion training) {

    /**
     * An epoch whose results on the training split were not measured.
     *
     * @param epoch          see the record
     * @param trainLoss      see the record
     * @param validation     see the record
     * @param validationLoss see the record
     * @param elapsed        see the record
     */
    public EpochMetrics(int epoch, double trainLoss, Confusion validation, double validationLoss, Duration elapsed) {
        this(epoch, trainLoss, validation, validationLoss, elapsed, null);
    }

    /**
     * @return the results on the training split, when they were measured
     * @since 2.3
     */
    public Optional<Confusion> trainingResults() {
        return Optional.ofNullable(training);
    }

    /** Checks the epoch number and that the parts are present. */
    public EpochMetrics {
        if (epoch < 1 || validation == null || elapsed == null) {
            throw new IllegalArgumentException("an epoch needs a number from 1, validation results and a duration");
        }
    }
}
