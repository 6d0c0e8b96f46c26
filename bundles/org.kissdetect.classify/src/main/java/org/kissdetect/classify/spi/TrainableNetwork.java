package org.kissdetect.classify.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.NetworkSetup;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A detector being trained: softmax cross-entropy over its two logits (class 1 is kissing), Adam with learning
 * rate 0.001 and betas 0.9 / 0.999 (as PyTorch computes it). Not thread-safe: one thread trains a network.
 *
 * <p>With {@code last-layer} training the backbones are frozen: callers embed each second once with
 * {@link #embed} and train on those features with {@link #trainHead}. With {@code all}, {@link #train} updates
 * every parameter, batch-norm statistics included.
 */
@ProviderType
public interface TrainableNetwork extends AutoCloseable {

    /** @return how the network was built */
    NetworkSetup setup();

    /**
     * Where each branch's weights came from, for provenance and cache keys.
     *
     * @return {@code image} and/or {@code audio} to a description naming the file and its sha256, or the seed
     *         and the initialisation scheme
     */
    Map<String, String> backbones();

    /** @return the width of the features the linear layer sees: 640, 512 or 128 */
    int featureWidth();

    /**
     * What clip each input must carry, for networks that look at clips (the {@code clip} variants): the caller
     * decodes each second with it and extracts its inputs with it.
     *
     * @return the clip's preparation, empty for networks that look at the still and the sound only
     * @since 1.2
     */
    default Optional<ClipPreprocessing> clipInput() {
        return Optional.empty();
    }

    /** @return the optimiser steps taken so far, those before a resumed checkpoint included */
    long steps();

    /** @return the note saved with the checkpoint this network was resumed from, or {@code ""} */
    String checkpointNote();

    /**
     * Runs the backbones in inference mode.
     *
     * @param batch the inputs
     * @return {@link #featureWidth()} features per input, input-major: image features, then audio features
     * @throws ClassificationException when the engine fails
     */
    float[] embed(List<ModelInput> batch) throws ClassificationException;

    /**
     * Standardises what the linear layer sees, for {@code last-layer} training: from now on it is trained and run
     * on each feature's distance from its mean over {@code features}, in units of its standard deviation (backbone
     * features come at any scale and offset, which slows and upsets Adam's fixed-size steps). Checkpoints keep it;
     * {@link #export} folds it into the layer, so a model directory holds the plain linear layer over the backbones'
     * features, as in the paper.
     *
     * @param features the training samples' features from {@link #embed}, sample-major, at least two samples
     * @throws IllegalStateException when the whole network is being trained
     */
    void standardise(float[] features);

    /**
     * One optimiser step of the linear layer alone, on features from {@link #embed}.
     *
     * @param features {@link #featureWidth()} features per sample, sample-major
     * @param kissing  the label of each sample
     * @return the batch's mean loss before the step
     * @throws ClassificationException when the engine fails
     * @throws IllegalStateException   when the whole network is being trained
     */
    double trainHead(float[] features, boolean[] kissing) throws ClassificationException;

    /**
     * One optimiser step on a batch: of every parameter for {@code all}, of the linear layer for {@code last-layer}.
     *
     * @param batch   the inputs, augmented as the caller sees fit
     * @param kissing the label of each input
     * @return the batch's mean loss before the step
     * @throws ClassificationException when the engine fails
     */
    double train(List<ModelInput> batch, boolean[] kissing) throws ClassificationException;

    /**
     * The linear layer's kissing probabilities for features from {@link #embed}.
     *
     * @param features {@link #featureWidth()} features per sample, sample-major
     * @return one probability per sample
     * @throws ClassificationException when the engine fails
     */
    float[] headProbabilities(float[] features) throws ClassificationException;

    /**
     * The whole network's kissing probabilities, in inference mode.
     *
     * @param batch the inputs
     * @return one probability per input
     * @throws ClassificationException when the engine fails
     */
    float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException;

    /**
     * Saves what {@link NetworkTrainer#resume} needs to go on: the setup, the trained parameters (for
     * {@code last-layer} the linear layer only: frozen backbones are rebuilt from the setup), the optimiser's state
     * and a note of the caller's. The file appears whole or not at all.
     *
     * @param file the checkpoint file
     * @param note the caller's own state, such as the epoch and its metrics
     * @throws IOException when the file cannot be written
     */
    void saveCheckpoint(Path file, String note) throws IOException;

    /**
     * Takes the saved parameters of a checkpoint of this network's setup and backbones (for {@code last-layer}: the
     * linear layer and its standardisation), with the optimiser's state, into this network: what
     * {@link NetworkTrainer#resume} would build, without building the backbones again.
     *
     * @param checkpoint a checkpoint written by {@link #saveCheckpoint} of a network of the same setup
     * @throws ModelException                when the checkpoint is unreadable or of another setup or backbones
     * @throws UnsupportedOperationException when this network cannot (this default)
     * @since 1.3
     */
    default void restore(Path checkpoint) throws ModelException {
        throw new UnsupportedOperationException("this network cannot restore a checkpoint in place");
    }

    /**
     * Writes the network as a detector model directory that {@code ClassifierFactory} loads.
     *
     * @param directory  the model directory, created when missing
     * @param id         the model's id
     * @param version    the model's version
     * @param provenance how the model came about, stored in its metadata
     * @throws IOException when a file cannot be written
     */
    void export(Path directory, String id, String version, Map<String, Object> provenance) throws IOException;

    /** Frees the network's memory. */
    @Override
    void close();
}
