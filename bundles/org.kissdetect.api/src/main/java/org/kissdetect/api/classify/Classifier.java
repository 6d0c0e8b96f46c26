package org.kissdetect.api.classify;

import java.util.List;
import java.util.Optional;

import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One loaded detector. Thread-safe: several detections may share it.
 */
@ProviderType
public interface Classifier extends AutoCloseable {

    /**
     * Describes the loaded model.
     *
     * @return its id, version, variant and device
     */
    ModelDescriptor model();

    /**
     * The batch size this classifier runs best with; callers should gather this many inputs per call.
     *
     * @return a positive number of inputs
     */
    int batchSize();

    /**
     * Runs the network on a batch.
     *
     * @param batch the inputs, any number (a large batch is run in slices of {@link #batchSize()})
     * @return the probability of kissing for each input, in order, each in {@code [0, 1]}
     * @throws ClassificationException  when the engine fails
     * @throws IllegalArgumentException when an input holds non-finite values
     */
    float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException;

    /**
     * The clip of frames this classifier needs with each second, when it is a model that looks at motion: a caller
     * decodes with {@code clipInput().get().decoding()} and extracts with it. Empty (this default): the still and the
     * sound are enough.
     *
     * @return how the model wants its clip, if it takes one
     * @since 1.3
     */
    default Optional<ClipPreprocessing> clipInput() {
        return Optional.empty();
    }

    /**
     * Where the model looked for one second: the gradient of its kissing logit with respect to the pixels of the
     * picture it saw (see {@link Saliency}). One backward pass through the whole network, in inference mode (batch
     * norms use their running statistics), so it costs about two classifications of one input.
     *
     * @param input the second's inputs, as for {@link #kissingProbabilities}
     * @return the map, or empty when this model cannot explain itself (this default)
     * @throws ClassificationException  when the engine fails
     * @throws IllegalArgumentException when the input holds non-finite values
     * @since 1.5
     */
    default Optional<Saliency> saliency(ModelInput input) throws ClassificationException {
        return Optional.empty();
    }

    /**
     * Releases this handle: a factory may free a model it no longer keeps once no handle of it is open. Use each
     * classifier a factory returns in a try-with-resources. Closing twice does nothing; a closed handle refuses
     * to classify. This default releases nothing.
     *
     * @since 1.2
     */
    @Override
    default void close() {
    }
}
