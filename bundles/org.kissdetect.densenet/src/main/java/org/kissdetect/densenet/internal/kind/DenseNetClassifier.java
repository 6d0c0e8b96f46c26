package org.kissdetect.densenet.internal.kind;

import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.spi.ModelRuntime;
import org.kissdetect.densenet.internal.network.InputBatch;
import org.kissdetect.nn.InferenceScope;

import ai.djl.engine.EngineException;

/**
 * A loaded DenseNet-121 detector as the factory's {@link Classifier}: inputs checked, run in slices of the batch
 * size on the factory's threads, and explained by the gradient of its kissing logit. Thread-safe; closing frees it.
 */
final class DenseNetClassifier implements Classifier {

    private final LoadedDenseNetDetector detector;
    private final ModelDescriptor descriptor;
    private final ModelRuntime runtime;
    private final boolean withAudio;

    DenseNetClassifier(LoadedDenseNetDetector detector, ModelDescriptor descriptor, ModelRuntime runtime,
            boolean withAudio) {
        this.detector = detector;
        this.descriptor = descriptor;
        this.runtime = runtime;
        this.withAudio = withAudio;
    }

    @Override
    public ModelDescriptor model() {
        return descriptor;
    }

    @Override
    public int batchSize() {
        return runtime.batchSize();
    }

    @Override
    public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
        if (batch == null) {
            throw new IllegalArgumentException("no batch to classify (null)");
        }
        float[] probabilities = new float[batch.size()];
        for (int from = 0; from < batch.size(); from += batchSize()) {
            List<ModelInput> slice = batch.subList(from, Math.min(batch.size(), from + batchSize()));
            InputBatch inputs = InputBatch.of(slice, withAudio);
            float[] computed = run(slice, () -> detector.kissingProbabilities(inputs, runtime.threads()));
            System.arraycopy(computed, 0, probabilities, from, computed.length);
        }
        return probabilities;
    }

    @Override
    public Optional<Saliency> saliency(ModelInput input) throws ClassificationException {
        if (input == null) {
            throw new IllegalArgumentException("no input to explain (null)");
        }
        InputBatch inputs = InputBatch.of(List.of(input), withAudio);
        return Optional.of(run(List.of(input), () -> detector.saliency(input.second(), inputs, runtime.threads())));
    }

    private interface Pass<T> {
        T run();
    }

    private <T> T run(List<ModelInput> slice, Pass<T> pass) throws ClassificationException {
        try {
            return pass.run();
        } catch (InferenceScope.ClosedException e) {
            throw new IllegalStateException("model " + descriptor.id() + " was closed", e);
        } catch (EngineException e) {
            throw new ClassificationException("libtorch failed on " + slice.size() + " samples from second "
                    + slice.get(0).second() + " with model " + descriptor.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        detector.close();
    }
}
