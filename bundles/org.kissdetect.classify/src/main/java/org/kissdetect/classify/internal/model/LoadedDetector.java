package org.kissdetect.classify.internal.model;

import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.classify.internal.network.ResNet18;
import org.kissdetect.nn.InferenceScope;
import org.kissdetect.nn.InputGradient;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

/**
 * A detector whose parameters live in libtorch, ready for concurrent forward passes ({@link InferenceScope}: memory
 * stays flat, and closing waits for passes in flight and refuses later ones).
 */
public final class LoadedDetector implements AutoCloseable {

    /** The index of the kissing class among the two logits. */
    private static final int KISSING = 1;

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

    /** @return whether the detector looks at the still, so that it can say where it looked */
    public boolean seesImage() {
        return network.variant().usesImage();
    }

    /**
     * The gradient of the kissing logit (class 1) with respect to the still's 3 x 224 x 224 input, its absolute
     * value maximised over the channels; the sound, for a variant that hears it, is held fixed. The folded network
     * computes the same function as the saved one in inference (running batch-norm statistics), so its gradient
     * is that function's gradient.
     *
     * @param input   one second's inputs, already checked; the detector must {@link #seesImage() see the image}
     * @param threads the intra-op threads of the calling thread on the CPU, 0 to leave libtorch's setting
     * @return the 224 x 224 map
     * @throws ClassificationException when libtorch fails, the detector is closed, or the gradient is not finite
     */
    public Saliency saliency(ModelInput input, int threads) throws ClassificationException {
        if (!seesImage()) {
            throw new IllegalStateException("detector " + descriptor.id() + " does not look at the picture");
        }
        Gradient gradient;
        try {
            gradient = scope.run(threads, pass -> {
                InputGradient.Result result = InputGradient.of(InputArrays.of(pass, network.variant(), List.of(input)),
                        0, arrays -> network.forward(new ParameterStore(scope.parameters(), false), arrays, false)
                                .singletonOrThrow().get(0, KISSING));
                return new Gradient(InputGradient.channelMaximum(result.gradient()), result.score());
            });
        } catch (InferenceScope.ClosedException e) {
            throw new ClassificationException("model " + descriptor.id() + " was closed", null);
        } catch (EngineException e) {
            throw new ClassificationException("libtorch failed on the gradient of second " + input.second() + ": "
                    + e.getMessage(), e);
        }
        for (float value : gradient.map()) {
            if (!Float.isFinite(value) || !Float.isFinite(gradient.logit())) {
                throw new ClassificationException("the model " + descriptor.id() + " " + descriptor.version()
                        + " gave a gradient of " + value + " (logit " + gradient.logit() + ") for second "
                        + input.second() + ": its parameters are damaged or its training diverged", null);
            }
        }
        int side = Math.toIntExact(ResNet18.IMAGE.get(2));
        return new Saliency(input.second(), side, side, gradient.map(), gradient.logit());
    }

    private record Gradient(float[] map, float logit) {
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
