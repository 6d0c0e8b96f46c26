package org.kissdetect.train.internal;

import java.io.IOException;

import org.kissdetect.api.classify.ClassificationException;

/** What the epoch loop trains: one optimiser step on some training examples, and the validation examples' scores. */
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
}
