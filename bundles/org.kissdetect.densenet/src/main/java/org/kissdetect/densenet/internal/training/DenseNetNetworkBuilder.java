package org.kissdetect.densenet.internal.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.densenet.internal.network.DenseNetDetector;
import org.kissdetect.densenet.internal.weights.WeightFile;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.SeededInitialisation;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/**
 * Builds the Table 2 detectors to train: DenseNet-121 from {@link NetworkSetup#imageWeights()} (the safetensors file
 * {@code models import} makes of torchvision's checkpoint) or the seed, VGGish for {@code densenet121+audio} from
 * {@link NetworkSetup#audioWeights()} or the seed (under the 2D detectors' names and described in their words, so
 * the embedding cache shares their audio features), {@code classifier} always from the seed. {@code last-layer}
 * trains {@code classifier} alone, {@code all} every weight and bias (batch-norm statistics are updated by the
 * forward pass, not trained), with Adam at the setup's learning rate.
 */
public final class DenseNetNetworkBuilder {

    static final String IMAGE = "image.";
    static final String AUDIO = "audio.";
    static final String HEAD = "classifier.";

    private DenseNetNetworkBuilder() {
    }

    /**
     * Builds a fresh network.
     *
     * @param setup   a {@code densenet121} or {@code densenet121+audio} setup
     * @param gpu     whether to run on a GPU when libtorch sees one
     * @param threads libtorch threads on the CPU
     * @return the network; close it
     * @throws ModelException when a weight file is unusable or libtorch cannot start
     */
    public static DenseNetTrainableNetwork create(NetworkSetup setup, boolean gpu, int threads) throws ModelException {
        return build(setup, gpu, threads, null);
    }

    /**
     * Rebuilds a network from a checkpoint: the backbones as its setup says (their provenance must be the recorded
     * one), then the saved parameters, Adam's state and the standardisation.
     *
     * @param checkpoint the checkpoint file
     * @param gpu        whether to run on a GPU when libtorch sees one
     * @param threads    libtorch threads on the CPU
     * @return the network; close it
     * @throws ModelException when the checkpoint or a weight file is unusable, or a weight file changed
     */
    public static DenseNetTrainableNetwork resume(Path checkpoint, boolean gpu, int threads) throws ModelException {
        DenseNetCheckpoint.Contents contents = DenseNetCheckpoint.read(checkpoint);
        return build(contents.setup(), gpu, threads, contents);
    }

    private static DenseNetTrainableNetwork build(NetworkSetup setup, boolean gpu, int threads,
            DenseNetCheckpoint.Contents checkpoint) throws ModelException {
        if (!setup.usesDenseNet()) {
            throw new IllegalArgumentException("the " + setup.variant() + " variant has no DenseNet-121: it is built"
                    + " by another trainer");
        }
        Path where = checkpoint != null ? checkpoint.file() : Path.of("training");
        String random = "random (seed " + setup.seed() + ", " + SeededInitialisation.SCHEME + ")";
        WeightFile image = setup.imageWeights() == null ? null : WeightFile.read(setup.imageWeights(), "DenseNet-121");
        WeightFile audio = !setup.usesAudio() || setup.audioWeights() == null ? null
                : WeightFile.read(setup.audioWeights(), "VGGish");
        Map<String, String> backbones = new LinkedHashMap<>();
        backbones.put("densenet121", "DenseNet-121 " + (image == null ? random : from(image)));
        if (setup.usesAudio()) {
            backbones.put("audio", "VGGish " + (audio == null ? random : from(audio)));
        }
        if (checkpoint != null) {
            checkRecordedBackbones(checkpoint, backbones);
        }
        Engine engine;
        try {
            PyTorch.start();
            engine = Engine.getEngine(PyTorch.ENGINE);
        } catch (IllegalStateException e) {
            throw new ModelException(where, e.getMessage(), e);
        }
        NDManager manager = engine.newBaseManager(gpu && engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu());
        try {
            DenseNetDetector network = new DenseNetDetector(setup.usesAudio());
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1));
            Map<String, Parameter> all = TorchNames.of(network);
            List<String> seeded = new ArrayList<>(List.of(HEAD));
            if (image == null) {
                seeded.add(IMAGE);
            } else {
                image.copyInto(select(all, name -> name.startsWith(IMAGE)), IMAGE, "DenseNet-121");
            }
            if (setup.usesAudio() && audio == null) {
                seeded.add(AUDIO);
            } else if (audio != null) {
                audio.copyInto(select(all, name -> name.startsWith(AUDIO)), AUDIO, "VGGish");
            }
            SeededInitialisation.apply(all, setup.seed(), seeded.toArray(String[]::new));
            Map<String, Parameter> trainable = select(all, name -> setup.lastLayerOnly() ? name.startsWith(HEAD)
                    : trains(all.get(name)));
            Map<String, Parameter> saved = setup.lastLayerOnly() ? trainable : all;
            Adam adam = new Adam(trainable, manager, setup.learningRate());
            if (checkpoint != null) {
                DenseNetCheckpoint.restore(checkpoint, saved, adam);
            }
            all.forEach((name, parameter) -> parameter.freeze(!trainable.containsKey(name)));
            return new DenseNetTrainableNetwork(setup, backbones, engine, manager, network, adam, threads, saved,
                    checkpoint == null ? "" : checkpoint.note(),
                    checkpoint == null ? null : checkpoint.standardisation());
        } catch (ModelException e) {
            manager.close();
            throw e;
        } catch (RuntimeException e) {
            manager.close();
            throw new ModelException(where, "libtorch failed to build the " + setup.variant() + " network: "
                    + e.getMessage(), e);
        }
    }

    /** Frozen backbones are rebuilt from their files: they must be those the checkpoint was trained with. */
    static void checkRecordedBackbones(DenseNetCheckpoint.Contents checkpoint, Map<String, String> rebuilt)
            throws ModelException {
        for (Map.Entry<String, String> branch : rebuilt.entrySet()) {
            String recorded = checkpoint.backbones().get(branch.getKey());
            if (!branch.getValue().equals(recorded)) {
                throw new ModelException(checkpoint.file(), "its " + branch.getKey() + " backbone was " + recorded
                        + ", but rebuilding it gives " + branch.getValue() + " (the weight file changed)");
            }
        }
    }

    private static String from(WeightFile file) {
        return "from " + file.file().getFileName() + " (sha256 " + file.sha256() + ")";
    }

    private static Map<String, Parameter> select(Map<String, Parameter> all, Predicate<String> names) {
        Map<String, Parameter> selected = new LinkedHashMap<>();
        all.forEach((name, parameter) -> {
            if (names.test(name)) {
                selected.put(name, parameter);
            }
        });
        return selected;
    }

    private static boolean trains(Parameter parameter) {
        return parameter.getType() != Parameter.Type.RUNNING_MEAN && parameter.getType() != Parameter.Type.RUNNING_VAR;
    }
}
