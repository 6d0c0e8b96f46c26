package org.kissdetect.classify.internal.training;

import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.SeededInitialisation;
import org.kissdetect.nn.training.Standardisation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.classify.internal.weights.Backbone;
import org.kissdetect.classify.internal.weights.FileBytes;
import org.kissdetect.common.text.Sha256;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/**
 * Builds trainable networks: fresh (weight files where given, {@link SeededInitialisation} for the rest) or from
 * a checkpoint. Which parameters train follows the setup: the classifier's alone for {@code last-layer}, every
 * weight and bias for {@code all} (batch-norm running statistics are updated by the forward pass, not trained).
 */
public final class NetworkBuilder {

    private NetworkBuilder() {
    }

    /**
     * Builds a fresh network.
     *
     * @param setup   what to build
     * @param device  where it runs
     * @param threads libtorch threads on the CPU
     * @return the network
     * @throws ModelException when a weight file is unusable or libtorch cannot start
     */
    public static DjlTrainableNetwork create(NetworkSetup setup, DeviceChoice device, int threads) throws ModelException {
        return build(setup, device, threads, null);
    }

    /**
     * Rebuilds a network from a checkpoint.
     *
     * @param checkpoint the checkpoint file
     * @param device     where it runs
     * @param threads    libtorch threads on the CPU
     * @return the network
     * @throws ModelException when the checkpoint or a backbone file it names is unusable
     */
    public static DjlTrainableNetwork resume(Path checkpoint, DeviceChoice device, int threads) throws ModelException {
        TrainingCheckpoint.Contents contents = TrainingCheckpoint.read(checkpoint);
        return build(contents.setup(), device, threads, contents);
    }

    private static DjlTrainableNetwork build(NetworkSetup setup, DeviceChoice device, int threads,
            TrainingCheckpoint.Contents checkpoint) throws ModelException {
        Path where = checkpoint != null ? checkpoint.file() : Path.of("training");
        Engine engine = DetectorLoader.engine(where);
        Device target;
        try {
            target = DetectorLoader.device(device, engine);
        } catch (IllegalStateException e) {
            throw new ModelException(where, e.getMessage(), e);
        }
        NDManager manager = engine.newBaseManager(target);
        try {
            DetectorNetwork network = new DetectorNetwork(Variant.of(setup.variant()));
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1));
            Map<String, Parameter> all = TorchNames.of(network);
            boolean restoresEverything = checkpoint != null && !setup.lastLayerOnly();
            Map<String, String> backbones = restoresEverything ? checkpoint.backbones() : initialise(setup, all);
            Map<String, Parameter> trainable = new LinkedHashMap<>();
            all.forEach((name, parameter) -> {
                if (setup.lastLayerOnly() ? name.startsWith("classifier.") : trains(parameter)) {
                    trainable.put(name, parameter);
                }
            });
            Map<String, Parameter> saved = setup.lastLayerOnly() ? trainable : all;
            Adam adam = new Adam(trainable, manager, setup.learningRate());
            String note = "";
            Standardisation standardisation = null;
            if (checkpoint != null) {
                checkRecordedBackbones(checkpoint, backbones);
                TrainingCheckpoint.restore(checkpoint, saved, adam);
                note = checkpoint.note();
                standardisation = checkpoint.standardisation();
            }
            all.forEach((name, parameter) -> parameter.freeze(!trainable.containsKey(name)));
            return new DjlTrainableNetwork(setup, backbones, engine, manager, network, saved, adam, threads, note,
                    standardisation);
        } catch (ModelException e) {
            manager.close();
            throw e;
        } catch (RuntimeException e) {
            manager.close();
            throw new ModelException(where, "libtorch failed to build the " + setup.variant() + " network: "
                    + e.getMessage(), e);
        }
    }

    /** Loads the weight files given, seeds the rest, and describes where each branch came from. */
    private static Map<String, String> initialise(NetworkSetup setup, Map<String, Parameter> all)
            throws ModelException {
        Map<String, String> backbones = new LinkedHashMap<>();
        List<String> seeded = new ArrayList<>(List.of("classifier."));
        String random = "random (seed " + setup.seed() + ", " + SeededInitialisation.SCHEME + ")";
        if (setup.usesImage()) {
            if (setup.imageWeights() == null) {
                seeded.add("image.");
                backbones.put("image", "ResNet-18 " + random);
            } else {
                Backbone.RESNET18.loadIntoDetector(setup.imageWeights(), all);
                backbones.put("image", "ResNet-18 from " + describe(setup.imageWeights()));
            }
        }
        if (setup.usesAudio()) {
            if (setup.audioWeights() == null) {
                seeded.add("audio.");
                backbones.put("audio", "VGGish " + random);
            } else {
                Backbone.VGGISH.loadIntoDetector(setup.audioWeights(), all);
                backbones.put("audio", "VGGish from " + describe(setup.audioWeights()));
            }
        }
        SeededInitialisation.apply(all, setup.seed(), seeded.toArray(String[]::new));
        return backbones;
    }

    private static String describe(Path file) throws ModelException {
        return file.getFileName() + " (sha256 " + Sha256.hex(FileBytes.read(file)) + ")";
    }

    /** Frozen backbones are rebuilt from their files: they must be the files the checkpoint was trained with. */
    static void checkRecordedBackbones(TrainingCheckpoint.Contents checkpoint, Map<String, String> rebuilt)
            throws ModelException {
        for (Map.Entry<String, String> branch : rebuilt.entrySet()) {
            String recorded = checkpoint.backbones().get(branch.getKey());
            if (!branch.getValue().equals(recorded)) {
                throw new ModelException(checkpoint.file(), "its " + branch.getKey() + " backbone was " + recorded
                        + ", but rebuilding it gives " + branch.getValue() + " (the weight file changed)");
            }
        }
    }

    private static boolean trains(Parameter parameter) {
        return parameter.getType() != Parameter.Type.RUNNING_MEAN && parameter.getType() != Parameter.Type.RUNNING_VAR;
    }
}
