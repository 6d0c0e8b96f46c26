package org.kissdetect.train.internal;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.classify.spi.TrainableNetwork;

/**
 * The linear layer on frozen features, computed once: each training second's features come from one augmented
 * view of it, each validation second's from the inference transform.
 */
final class HeadTrainee implements Trainee {

    private final TrainableNetwork network;
    private final float[] training;
    private final boolean[] labels;
    private final float[] validation;
    private final int width;

    HeadTrainee(TrainableNetwork network, float[] training, boolean[] labels, float[] validation) {
        this.network = network;
        this.training = training;
        this.labels = labels;
        this.validation = validation;
        this.width = network.featureWidth();
    }

    @Override
    public int examples() {
        return labels.length;
    }

    @Override
    public double step(int[] examples, int epoch) throws ClassificationException {
        float[] batch = new float[examples.length * width];
        boolean[] kissing = new boolean[examples.length];
        for (int i = 0; i < examples.length; i++) {
            System.arraycopy(training, examples[i] * width, batch, i * width, width);
            kissing[i] = labels[examples[i]];
        }
        return network.trainHead(batch, kissing);
    }

    @Override
    public float[] validate() throws ClassificationException {
        return validation.length == 0 ? new float[0] : network.headProbabilities(validation);
    }

    @Override
    public boolean[] trainingLabels() {
        return labels;
    }

    /** The training seconds' cached features (the view each was trained on), through the linear layer. */
    @Override
    public float[] measureTraining() throws ClassificationException {
        return training.length == 0 ? new float[0] : network.headProbabilities(training);
    }
}
