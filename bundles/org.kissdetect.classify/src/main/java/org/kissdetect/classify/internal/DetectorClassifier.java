package org.kissdetect.classify.internal;

import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.model.LoadedDetector;
import org.kissdetect.classify.internal.model.ModelInputs;

/**
 * A loaded detector as a {@link Classifier}: checks the batch, runs it in slices of the batch size and turns
 * logits into the probability of class 1, kissing. Thread-safe; closing frees the detector.
 */
final class DetectorClassifier implements Classifier, AutoCloseable {

    private final LoadedDetector detector;
    private final RuntimeSettings settings;

    DetectorClassifier(LoadedDetector detector, RuntimeSettings settings) {
        this.detector = detector;
        this.settings = settings;
    }

    @Override
    public ModelDescriptor model() {
        return detector.descriptor();
    }

    @Override
    public int batchSize() {
        return settings.batchSize();
    }

    @Override
    public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
        ModelInputs.requireFinite(batch);
        float[] probabilities = new float[batch.size()];
        for (int from = 0; from < batch.size(); from += settings.batchSize()) {
            int to = Math.min(batch.size(), from + settings.batchSize());
            float[] logits = detector.logits(batch.subList(from, to), settings.threads());
            requireFinite(logits, batch.subList(from, to), detector.descriptor());
            for (int i = from; i < to; i++) {
                probabilities[i] = kissing(logits[2 * (i - from)], logits[2 * (i - from) + 1]);
            }
        }
        return probabilities;
    }

    /** The still's map, on the folded network; empty for an audio-only detector, which sees no picture. */
    @Override
    public Optional<Saliency> saliency(ModelInput input) throws ClassificationException {
        ModelInputs.requireFinite(List.of(input));
        return detector.seesImage() ? Optional.of(detector.saliency(input, settings.threads())) : Optional.empty();
    }

    /**
     * A model whose outputs are NaN or infinite (damaged or diverged weights) is a model problem: it is named, and
     * no probability is made from it.
     */
    static void requireFinite(float[] logits, List<ModelInput> slice, ModelDescriptor model)
            throws ClassificationException {
        for (int i = 0; i < logits.length; i++) {
            if (!Float.isFinite(logits[i])) {
                throw new ClassificationException("the model " + model.id() + " " + model.version() + " gave "
                        + logits[i] + " for second " + slice.get(i / 2).second() + " of the movie: its parameters "
                        + "are damaged or its training diverged", null);
            }
        }
    }

    /** The softmax of class 1 over two logits, written to stay finite for any logits. */
    static float kissing(float notKissing, float kissing) {
        return (float) (1 / (1 + Math.exp((double) notKissing - kissing)));
    }

    @Override
    public void close() {
        detector.close();
    }
}
