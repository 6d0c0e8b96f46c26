package org.kissdetect.nn.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** What two logits per sample (class 1: kissing) mean: the loss to train with, and the probability. */
public final class Logits {

    private Logits() {
    }

    /**
     * Softmax cross-entropy, averaged over the batch: {@code -mean(log softmax(logits)[label])}.
     *
     * @param logits  (N, 2)
     * @param kissing the label of each sample
     * @return a scalar in the logits' manager
     */
    public static NDArray crossEntropy(NDArray logits, boolean[] kissing) {
        float[] oneHot = new float[2 * kissing.length];
        for (int i = 0; i < kissing.length; i++) {
            oneHot[2 * i + (kissing[i] ? 1 : 0)] = 1;
        }
        NDArray labels = logits.getManager().create(oneHot, new Shape(kissing.length, 2));
        return logits.logSoftmax(1).mul(labels).sum(new int[] {1}).neg().mean();
    }

    /**
     * The softmax probability of class 1, written to stay finite for any logits.
     *
     * @param logits two per sample, sample-major
     * @return one probability per sample
     */
    public static float[] kissing(float[] logits) {
        float[] probabilities = new float[logits.length / 2];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = (float) (1 / (1 + Math.exp((double) logits[2 * i] - logits[2 * i + 1])));
        }
        return probabilities;
    }
}
