package org.kissdetect.classify.internal.model;

import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.nn.InferenceScope;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

/**
 * A detector whose parameters live in libtorch, ready for concurrent forward passes ({@link InferenceScope}: memory
 * stays flat, and closing waits for passes in flight and refuses later ones).
 */
public final class LoadedDetector implements AutoCloseable {

    private final ModelDescriptor descriptor;
    private final DetectorNetwork network;
    private final InferenceScope scope;

    LoadedDetector(ModelDescriptor descriptor, DetectorNetwork network, NDManager manager) {
        this.descriptor = descriptor;
        this.network = network;
        this.scope = new InferenceScope(manager);
    }

    /** @return the model's id, version, variant and device */
    public ModelDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Runs the network.
     *
     * @param inputs  the samples, already checked
     * @param threads the intra-op threads of the calling thread on the CPU, 0 to leave libtorch's setting
     * @return two logits per sample, sample-major
     * @throws ClassificationException when libtorch fails or the detector is closed
     */
    public float[] logits(List<ModelInput> inputs, int threads) throws ClassificationException {
        try {
            return scope.run(threads, pass -> network.forward(new ParameterStore(scope.parameters(), false),
                    InputArrays.of(pass, network.variant(), inputs), false).singletonOrThrow().toFloatArray());
        } catch (InferenceScope.ClosedException e) {
            throw new ClassificationException("model " + descriptor.id() + " was closed", null);
        } catch (EngineException e) {
            throw new ClassificationException("libtorch failed on " + inputs.size() + " samples from second "
                    + inputs.get(0).second() + ": " + e.getMessage(), e);
        }
    }

    /** @return how many arrays the detector holds now: its parameters, once every pass has ended */
    int liveArrays() {
        return scope.liveArrays();
    }

    /** Frees the parameters once no pass is running; later passes fail. */
    @Override
    public void close() {
        scope.close();
    }
}
