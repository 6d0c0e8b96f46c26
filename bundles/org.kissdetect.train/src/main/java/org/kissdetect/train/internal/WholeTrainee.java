package org.kissdetect.train.internal;

import java.io.IOException;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.classify.spi.TrainableNetwork;

/**
 * Every parameter, on seconds read from the sample cache: training seconds augmented afresh in every epoch,
 * validation seconds (and, to measure the training split, the training seconds) through the inference transform,
 * {@value #VALIDATION_BATCH} at a time.
 */
final class WholeTrainee implements Trainee {

    private static final int VALIDATION_BATCH = 16;

    private final TrainableNetwork network;
    private final Part train;
    private final Part validation;
    private final FeatureExtractor features;
    private final long seed;

    WholeTrainee(TrainableNetwork network, Part train, Part validation, FeatureExtractor features, long seed) {
        this.network = network;
        this.train = train;
        this.validation = validation;
        this.features = features;
        this.seed = seed;
    }

    @Override
    public int examples() {
        return train.size();
    }

    @Override
    public double step(int[] examples, int epoch) throws IOException, ClassificationException {
        long[] seeds = new long[examples.length];
        for (int i = 0; i < examples.length; i++) {
            seeds[i] = Seeds.mix(Seeds.mix(seed, epoch), examples[i]);
        }
        return network.train(train.inputs(examples, features, seeds), train.labels(examples));
    }

    @Override
    public float[] validate() throws IOException, ClassificationException {
        return probabilities(network, validation, features);
    }

    @Override
    public boolean[] trainingLabels() {
        return train.labels(TrainingJob.all(train));
    }

    /** A pass over the training seconds through the inference transform, as validation sees its seconds. */
    @Override
    public float[] measureTraining() throws IOException, ClassificationException {
        return probabilities(network, train, features);
    }

    /** The whole network's probabilities for every example of a part, in order. */
    static float[] probabilities(TrainableNetwork network, Part part, FeatureExtractor features)
            throws IOException, ClassificationException {
        float[] probabilities = new float[part.size()];
        for (int from = 0; from < part.size(); from += VALIDATION_BATCH) {
            int[] examples = new int[Math.min(VALIDATION_BATCH, part.size() - from)];
            for (int i = 0; i < examples.length; i++) {
                examples[i] = from + i;
            }
            float[] batch = network.kissingProbabilities(part.inputs(examples, features, null));
            System.arraycopy(batch, 0, probabilities, from, batch.length);
        }
        return probabilities;
    }
}
