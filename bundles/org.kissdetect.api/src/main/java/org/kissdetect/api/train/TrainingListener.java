package org.kissdetect.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how training or evaluation advances, on the working thread: return quickly. Every method may be left out. */
@ConsumerType
public interface TrainingListener {

    /**
     * A preparatory stage advanced.
     *
     * @param stage what is being done, such as {@code "decoding"} or {@code "embedding"}
     * @param done  the units done
     * @param total the units in all
     */
    default void stage(String stage, int done, int total) {
    }

    /**
     * A training batch ended.
     *
     * @param epoch   the epoch, from 1
     * @param batch   the batches done in this epoch
     * @param batches the batches of the epoch
     * @param loss    the mean loss of the epoch's batches so far
     */
    default void batch(int epoch, int batch, int batches, double loss) {
    }

    /**
     * An epoch ended and was validated.
     *
     * @param metrics its loss and validation results
     */
    default void epoch(EpochMetrics metrics) {
    }

    /**
     * Something a person should read, such as that the backbones are random.
     *
     * @param text one sentence
     */
    default void notice(String text) {
    }
}
