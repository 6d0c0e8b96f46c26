package org.kissdetect.resnet3d.internal.inference;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.resnet3d.internal.network.R3d34;
import org.kissdetect.resnet3d.internal.network.Shortcut;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.weights.Tensor;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/**
 * Builds a 3D ResNet-34 in libtorch and fills it from a parameters file's tensors, checked first (every parameter
 * present under its state-dict name with its shape, nothing else), so a bad file changes nothing.
 */
public final class R3d34Loader {

    /** The clip size parameters are allocated for; the network itself takes clips of any length and side. */
    private static final int INITIAL_FRAMES = 16;
    private static final int INITIAL_SIDE = 112;

    private R3d34Loader() {
    }

    /**
     * Loads a network.
     *
     * @param file       the parameters file, for messages
     * @param shortcut   its shortcut type
     * @param classes    the rows of its {@code fc}
     * @param parameters its tensors
     * @param device     where to run it
     * @return the network; close it to free its memory
     * @throws ModelException naming the file and the tensor at fault, or why libtorch cannot start
     */
    public static LoadedR3d34 load(Path file, Shortcut shortcut, int classes, List<Tensor> parameters, Device device)
            throws ModelException {
        return load(file, shortcut, classes, false, parameters, device);
    }

    /**
     * Loads a network, with or without the paper's audio branch.
     *
     * @param file       the parameters file, for messages
     * @param shortcut   its shortcut type
     * @param classes    the rows of its {@code fc}
     * @param audio      whether it has the audio branch ({@code audio.*}, the {@code clip+audio} variant)
     * @param parameters its tensors
     * @param device     where to run it
     * @return the network; close it to free its memory
     * @throws ModelException naming the file and the tensor at fault, or why libtorch cannot start
     */
    public static LoadedR3d34 load(Path file, Shortcut shortcut, int classes, boolean audio, List<Tensor> parameters,
            Device device) throws ModelException {
        Engine engine;
        try {
            PyTorch.start();
            engine = Engine.getEngine(PyTorch.ENGINE);
        } catch (IllegalStateException e) {
            throw new ModelException(file, e.getMessage(), e);
        }
        NDManager manager = engine.newBaseManager(device);
        try {
            R3d34 network = new R3d34(shortcut, classes, audio);
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1, INITIAL_FRAMES, INITIAL_SIDE));
            copy(file, parameters, TorchNames.of(network));
            network.freezeParameters(true);
            return new LoadedR3d34(network, manager);
        } catch (ModelException e) {
            manager.close();
            throw e;
        } catch (RuntimeException e) {
            manager.close();
            throw new ModelException(file, "libtorch failed to load it on " + device + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fills parameters from tensors, after checking that they are exactly the same names with the same shapes.
     *
     * @param file       the parameters file, for messages
     * @param tensors    the tensors
     * @param parameters the parameters by state-dict name
     * @throws ModelException naming the file and the tensor at fault; nothing is changed then
     */
    public static void copy(Path file, List<Tensor> tensors, Map<String, Parameter> parameters)
            throws ModelException {
        Map<String, Tensor> byName = new LinkedHashMap<>();
        for (Tensor tensor : tensors) {
            byName.put(tensor.name(), tensor);
        }
        for (String name : byName.keySet()) {
            if (!parameters.containsKey(name)) {
                throw new ModelException(file, "tensor " + name + " is not part of a 3D ResNet-34 of this shortcut"
                        + " type, class count and branches");
            }
        }
        for (Map.Entry<String, Parameter> parameter : parameters.entrySet()) {
            Tensor tensor = byName.get(parameter.getKey());
            if (tensor == null) {
                throw new ModelException(file, "tensor " + parameter.getKey() + " of the network is missing");
            }
            long[] expected = parameter.getValue().getArray().getShape().getShape();
            if (!Arrays.equals(Arrays.stream(tensor.shape()).asLongStream().toArray(), expected)) {
                throw new ModelException(file, "tensor " + tensor.name() + " has shape "
                        + Arrays.toString(tensor.shape()) + ", expected " + Arrays.toString(expected));
            }
        }
        for (Map.Entry<String, Parameter> parameter : parameters.entrySet()) {
            copy(byName.get(parameter.getKey()).values(), parameter.getValue().getArray());
        }
    }

    /**
     * Gives {@code target} a libtorch-owned copy of the values (not {@code NDArray.set}, which leaves the tensor
     * wrapping a Java direct buffer).
     */
    private static void copy(float[] values, NDArray target) {
        try (NDArray staged = target.getManager().create(FloatBuffer.wrap(values), target.getShape())) {
            target.intern(staged.duplicate());
        }
    }

    /**
     * @param gpu whether a GPU is wanted when libtorch sees one
     * @return the device to load on
     */
    public static Device device(boolean gpu) {
        return gpu && Engine.getEngine(PyTorch.ENGINE).getGpuCount() > 0 ? Device.gpu() : Device.cpu();
    }

    /**
     * Starts libtorch and checks that it sees a GPU: a configured {@code gpu} is a demand, not a wish, as for the
     * 2D detectors.
     *
     * @param configuration the configuration that asks for it, for the message
     * @throws IllegalStateException when libtorch cannot start or sees no GPU
     */
    public static void requireGpu(String configuration) {
        PyTorch.start();
        Engine engine = Engine.getEngine(PyTorch.ENGINE);
        if (engine.getGpuCount() == 0) {
            throw new IllegalStateException("device gpu was asked for (" + configuration + "), but libtorch "
                    + engine.getVersion() + " sees no GPU (a CPU build, or no CUDA device; see README, 'GPU')");
        }
    }
}
