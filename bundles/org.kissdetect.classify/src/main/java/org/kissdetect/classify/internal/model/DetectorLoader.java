package org.kissdetect.classify.internal.model;

import java.nio.file.Path;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.classify.internal.weights.SafetensorsFile;
import org.kissdetect.classify.internal.weights.WeightCopy;
import org.kissdetect.djl.PyTorch;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.initializer.Initializer;

/**
 * Loads a model directory into libtorch: verify every file (pure Java), start the engine, build the network the
 * metadata names, copy the parameters in, freeze them.
 */
public final class DetectorLoader {

    private DetectorLoader() {
    }

    /**
     * Loads a detector.
     *
     * @param directory the model directory
     * @param device    where to run it
     * @return the loaded detector; close it to free its memory
     * @throws ModelException naming the file (and tensor) at fault, or why libtorch or the device is unavailable
     */
    public static LoadedDetector load(Path directory, DeviceChoice device) throws ModelException {
        ModelDirectory.Contents contents = ModelDirectory.read(directory);
        try (SafetensorsFile parameters = contents.parameters()) {
            return load(directory, contents, device);
        }
    }

    private static LoadedDetector load(Path directory, ModelDirectory.Contents contents, DeviceChoice device)
            throws ModelException {
        Engine engine = engine(directory);
        Device target;
        try {
            target = device(device, engine);
        } catch (IllegalStateException e) {
            throw new ModelException(directory, e.getMessage(), e);
        }
        NDManager manager = engine.newBaseManager(target);
        try {
            DetectorNetwork network = new DetectorNetwork(contents.variant());
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1));
            WeightCopy.into(contents.parameters(), TorchNames.of(network), contents.variant().id() + " detector");
            network.freezeParameters(true);
            ModelDescriptor descriptor = new ModelDescriptor(contents.metadata().id(), contents.metadata().version(),
                    contents.variant().id(), target.toString());
            return new LoadedDetector(descriptor, network, manager);
        } catch (ModelException e) {
            manager.close();
            throw e;
        } catch (RuntimeException e) {
            manager.close();
            throw new ModelException(directory, "libtorch failed to load it on " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The device a choice means on a started engine.
     *
     * @param choice the configured device
     * @param engine the PyTorch engine
     * @return the device
     * @throws IllegalStateException when a GPU is asked for and libtorch sees none
     */
    public static Device device(DeviceChoice choice, Engine engine) {
        int gpus = engine.getGpuCount();
        if (choice == DeviceChoice.GPU && gpus == 0) {
            throw new IllegalStateException("device gpu was asked for, but libtorch " + engine.getVersion()
                    + " sees no GPU (a CPU build, or no CUDA device; see README, 'GPU')");
        }
        return choice != DeviceChoice.CPU && gpus > 0 ? Device.gpu() : Device.cpu();
    }

    /**
     * Starts libtorch and decides where a model of another kind runs, by the same rule as detectors.
     *
     * @param directory the model being loaded, for messages
     * @param choice    the configured device
     * @return whether it runs on the first GPU
     * @throws ModelException when libtorch cannot start, or a GPU is asked for and libtorch sees none
     */
    public static boolean onGpu(Path directory, DeviceChoice choice) throws ModelException {
        try {
            return !device(choice, engine(directory)).equals(Device.cpu());
        } catch (IllegalStateException e) {
            throw new ModelException(directory, e.getMessage(), e);
        }
    }

    /**
     * Starts libtorch (once per framework) and returns the engine.
     *
     * @param directory the model being loaded, for messages
     * @return the PyTorch engine
     * @throws ModelException when libtorch cannot start
     */
    public static Engine engine(Path directory) throws ModelException {
        try {
            PyTorch.start();
            return Engine.getEngine(PyTorch.ENGINE);
        } catch (IllegalStateException e) {
            throw new ModelException(directory, e.getMessage(), e);
        }
    }
}
