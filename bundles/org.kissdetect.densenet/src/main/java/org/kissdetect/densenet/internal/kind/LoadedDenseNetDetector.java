package org.kissdetect.densenet.internal.kind;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.densenet.internal.model.DenseNetModelDirectory;
import org.kissdetect.densenet.internal.network.DenseNet121;
import org.kissdetect.densenet.internal.network.DenseNetDetector;
import org.kissdetect.densenet.internal.network.InputBatch;
import org.kissdetect.nn.weights.Tensor;
import org.kissdetect.densenet.internal.weights.WeightFile;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.nn.InferenceScope;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.training.Logits;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;

/**
 * A DenseNet-121 detector whose parameters live in libtorch, ready for concurrent passes in inference mode (batch
 * norms on their running statistics), each in its own scope ({@link InferenceScope}); closing waits for passes in
 * flight and refuses later ones.
 */
final class LoadedDenseNetDetector implements AutoCloseable {

    /** Saliency passes record gradients: one at a time, so that they never see each other's. */
    private static final Object GRADIENTS = new Object();

    private final DenseNetDetector network;
    private final InferenceScope scope;

    private LoadedDenseNetDetector(DenseNetDetector network, NDManager manager) {
        this.network = network;
        this.scope = new InferenceScope(manager);
    }

    /**
     * Builds the network and fills it from a model directory's tensors, checked first.
     *
     * @param directory the model directory, for messages
     * @param withAudio whether it has the audio branch
     * @param tensors   its parameters
     * @param gpu       whether to run on a GPU when libtorch sees one
     * @return the loaded network; close it
     * @throws ModelException naming the file and tensor at fault, or why libtorch cannot start
     */
    static LoadedDenseNetDetector load(Path directory, boolean withAudio, List<Tensor> tensors, boolean gpu)
            throws ModelException {
        Path file = directory.resolve(DenseNetModelDirectory.PARAMETERS);
        Engine engine;
        try {
            PyTorch.start();
            engine = Engine.getEngine(PyTorch.ENGINE);
        } catch (IllegalStateException e) {
            throw new ModelException(directory, e.getMessage(), e);
        }
        Device device = gpu && engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        NDManager manager = engine.newBaseManager(device);
        try {
            DenseNetDetector network = new DenseNetDetector(withAudio);
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1));
            WeightFile.copy(file, tensors, TorchNames.of(network), "", "a " + network.variant() + " detector");
            network.freezeParameters(true);
            return new LoadedDenseNetDetector(network, manager);
        } catch (ModelException e) {
            manager.close();
            throw e;
        } catch (RuntimeException e) {
            manager.close();
            throw new ModelException(directory, "libtorch failed to load it on " + device + ": " + e.getMessage(), e);
        }
    }

    /** @return where its parameters live, as DJL names the device */
    String device() {
        return scope.parameters().getDevice().toString();
    }

    /**
     * @param inputs  the batch, checked
     * @param threads libtorch's intra-op threads on the CPU
     * @return the kissing probability of each input
     */
    float[] kissingProbabilities(InputBatch inputs, int threads) {
        float[] logits = scope.run(threads, pass -> network.forward(new ParameterStore(scope.parameters(), false),
                inputs.arrays(pass, network), false).singletonOrThrow().toFloatArray());
        return Logits.kissing(logits);
    }

    /**
     * The gradient of the kissing logit with respect to the still's pixels, max |.| over the channels.
     *
     * @param second  the second, for the map
     * @param inputs  one input, checked
     * @param threads libtorch's intra-op threads on the CPU
     * @return the map, 224 x 224
     */
    Saliency saliency(int second, InputBatch inputs, int threads) {
        synchronized (GRADIENTS) {
            return scope.run(threads, pass -> {
                NDList arrays = inputs.arrays(pass, network);
                NDArray image = arrays.get(0);
                image.setRequiresGradient(true);
                JniUtils.setGradMode(true);
                NDArray logit;
                try {
                    NDArray logits = network.forward(new ParameterStore(scope.parameters(), false), arrays, false)
                            .singletonOrThrow();
                    logit = logits.get(0, 1);
                    try (NDArray seed = pass.ones(logit.getShape())) {
                        JniUtils.backward((PtNDArray) logit, (PtNDArray) seed, false, false);
                    }
                } finally {
                    JniUtils.setGradMode(false);
                }
                float[] map = image.getGradient().abs().max(new int[] {1}).toFloatArray();
                int side = Math.toIntExact(DenseNet121.IMAGE.get(1));
                return new Saliency(second, side, side, map, logit.getFloat());
            });
        }
    }

    @Override
    public void close() {
        scope.close();
    }
}
