package org.kissdetect.classify.internal.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.network.BatchNormFolding;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.classify.internal.network.ResNet18;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.classify.internal.weights.SafetensorsFile;
import org.kissdetect.classify.internal.weights.WeightCopy;
import org.kissdetect.djl.PyTorch;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/**
 * Loads a model directory into libtorch: verify every file (pure Java), start the engine, build the network the
 * metadata names in its inference form (batch norm folded into the convolutions), copy the parameters in, folding
 * the image backbone's, freeze them.
 */
public final class DetectorLoader {

    private static final String IMAGE = "image.";

    private static final Initializer UNWRITTEN = (manager, shape, dataType) -> manager.create(shape, dataType);

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
            DetectorNetwork network = DetectorNetwork.folded(contents.variant());
            initialise(network, manager, network.inputShapes(1));
            copyFolding(contents.parameters(), network, manager);
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
     * Copies the file's tensors into a folded detector. The image backbone's go into a ResNet-18 as saved, in a
     * manager of its own freed once they are folded into the detector's; the others go directly. The file is
     * checked against the names it was saved under, so its errors read as without folding.
     */
    private static void copyFolding(SafetensorsFile file, DetectorNetwork network, NDManager manager)
            throws ModelException {
        try (NDManager staging = manager.newSubManager()) {
            Map<String, Parameter> saved = new LinkedHashMap<>();
            Block resnet = null;
            if (network.image() != null) {
                resnet = initialise(ResNet18.build(), staging, new Shape(1).addAll(ResNet18.IMAGE));
                TorchNames.of(resnet).forEach((name, parameter) -> saved.put(IMAGE + name, parameter));
            }
            TorchNames.of(network).forEach((name, parameter) -> {
                if (!name.startsWith(IMAGE)) {
                    saved.put(name, parameter);
                }
            });
            WeightCopy.into(file, saved, network.variant().id() + " detector");
            if (resnet != null) {
                BatchNormFolding.fold(TorchNames.of(resnet), TorchNames.of(network.image()));
            }
        }
    }

    /**
     * Allocates the parameters without writing them (libtorch's {@code empty}): each is then given the file's values
     * or its folded ones, and a file that lacks one is refused before anything is copied. Zeroing 333 MB first cost
     * about 0.7 s of every load.
     */
    private static <T extends Block> T initialise(T block, NDManager manager, Shape... inputShapes) {
        block.setInitializer(UNWRITTEN, parameter -> true);
        block.initialize(manager, DataType.FLOAT32, inputShapes);
        return block;
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
