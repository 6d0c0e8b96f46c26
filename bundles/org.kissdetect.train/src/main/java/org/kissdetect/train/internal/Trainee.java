package org.kissdetect.train.internal;

import java.io.IOException;

import org.kissdetect.api.classify.ClassificationException;

/**
 * What the epoch loop trains: one optimiser step on some training examples, and the scores of the validation
 * examples and of the training examples themselves.
 */
interface Trainee {

    /** @return the number of training examples */
    int examples();

    /**
     * One optimiser step.
     *
     * @param examples which training examples form the batch
     * @param epoch    the epoch, from 1 (augmentation differs from epoch to epoch)
     * @return the batch's mean loss
     */
    double step(int[] examples, int epoch) throws IOException, ClassificationException;

    /** @return the kissing probability of every validation example, in order */
    float[] validate() throws IOException, ClassificationException;

    /** @return the label of every training example, in order */
    boolean[] trainingLabels();

    /**
     * @return the kissing probability of every training example, in order, in inference mode (no dropout, batch
     *         norm's running statistics, no gradients)
     */
    float[] measureTraining() throws IOException, ClassificationException;
}
