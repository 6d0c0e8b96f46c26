package org.kissdetect.train.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;

/**
 * The epochs of a run: the training examples shuffled afresh each epoch (from the seed and the epoch), cut into
 * batches, one optimiser step each; then validation, the training split's own results in inference mode (the
 * training curve: an epoch's time includes both), and a checkpoint. Cancellation is checked before every batch;
 * the checkpoint of the last completed epoch stays as it was.
 */
final class EpochLoop {

    private final TrainableNetwork network;
    private final Trainee trainee;
    private final boolean[] validationLabels;
    private final CheckpointFolder checkpoints;
    private final int batchSize;
    private final long seed;

    EpochLoop(TrainableNetwork network, Trainee trainee, boolean[] validationLabels, CheckpointFolder checkpoints,
            int batchSize, long seed) {
        this.network = network;
        this.trainee = trainee;
        this.validationLabels = validationLabels;
        this.checkpoints = checkpoints;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /**
     * Trains until {@code epochs} epochs are done.
     *
     * @param state        where the run stands (fresh, or from the checkpoint it resumes)
     * @param epochs       the epochs in all
     * @param listener     told after every batch and epoch
     * @param cancellation asked before every batch
     * @return where the run stands at the end
     */
    TrainingState run(TrainingState state, int epochs, TrainingListener listener, Cancellation cancellation)
            throws IOException, ClassificationException, TrainingCancelledException {
        TrainingState current = state;
        for (int epoch = state.epochsDone() + 1; epoch <= epochs; epoch++) {
            long started = System.nanoTime();
            int[] order = Seeds.permutation(trainee.examples(), Seeds.mix(seed, epoch));
            int batches = (order.length + batchSize - 1) / batchSize;
            double lossSum = 0;
            for (int b = 0; b < batches; b++) {
                checkCancelled(cancellation, epoch, current);
                int[] examples = Arrays.copyOfRange(order, b * batchSize, Math.min(order.length, (b + 1) * batchSize));
                lossSum += trainee.step(examples, epoch);
                listener.batch(epoch, b + 1, batches, lossSum / (b + 1));
            }
            checkCancelled(cancellation, epoch, current);
            float[] probabilities = trainee.validate();
            checkCancelled(cancellation, epoch, current);
            Confusion training = Scoring.confusion(trainee.measureTraining(), trainee.trainingLabels());
            EpochMetrics metrics = new EpochMetrics(epoch, batches == 0 ? 0 : lossSum / batches,
                    Scoring.confusion(probabilities, validationLabels), Scoring.loss(probabilities, validationLabels),
                    Duration.ofNanos(System.nanoTime() - started), training);
            current = current.after(metrics);
            checkpoints.save(network, current);
            listener.epoch(metrics);
        }
        return current;
    }

    private void checkCancelled(Cancellation cancellation, int epoch, TrainingState state)
            throws TrainingCancelledException {
        if (cancellation.isCancelled()) {
            throw new TrainingCancelledException("training cancelled in epoch " + epoch + (state.epochsDone() == 0
                    ? "; no epoch was completed"
                    : "; the checkpoint of epoch " + state.epochsDone() + " is " + checkpoints.last()
                            + ": go on with --resume"));
        }
    }
}
