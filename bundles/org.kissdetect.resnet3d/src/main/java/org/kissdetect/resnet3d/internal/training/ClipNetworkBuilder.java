package org.kissdetect.resnet3d.internal.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.SeededInitialisation;
import org.kissdetect.resnet3d.internal.inference.R3d34Loader;
import org.kissdetect.resnet3d.internal.model.ClipPreprocessing;
import org.kissdetect.resnet3d.internal.model.KineticsModelDirectory;
import org.kissdetect.resnet3d.internal.network.R3d34;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/**
 * Builds the paper's 3D variants to train: {@code clip}, Hara et al.'s 3D ResNet-34 with {@code fc} =
 * Linear(512, 2), and {@code clip+audio}, the same with torchvggish's VGGish beside it and {@code fc} =
 * Linear(640, 2). The 3D backbone comes from {@link NetworkSetup#imageWeights()}, an imported Kinetics model
 * directory (its shortcut type and preprocessing come with it) or a safetensors file of the state dict (shortcut B
 * when it has {@code downsample} tensors, else A; Kinetics-700's preprocessing), or else from
 * {@link SeededInitialisation} (shortcut B); VGGish from {@link NetworkSetup#audioWeights()} (the safetensors file
 * {@code models import} makes of torchvggish's checkpoint) or the seed, under the names of the 2D detectors' audio
 * branch, so both embed a second alike. {@code fc} is always seeded. {@code last-layer} trains {@code fc} alone,
 * {@code all} every weight and bias.
 */
public final class ClipNetworkBuilder {

    private static final String HEAD = "fc.";
    private static final String AUDIO = "audio.";

    private ClipNetworkBuilder() {
    }

    /**
     * Builds a fresh network.
     *
     * @param setup   a {@code clip} or {@code clip+audio} setup
     * @param frames  frames per clip (16 in the paper)
     * @param side    the side of the square frames (224 in the paper; any size the network's pools take)
     * @param gpu     whether to run on a GPU when libtorch sees one
     * @param threads libtorch threads on the CPU
     * @return the network; close it
     * @throws ModelException when the weights are unusable or libtorch cannot start
     */
    public static ClipTrainableNetwork create(NetworkSetup setup, int frames, int side, boolean gpu, int threads)
            throws ModelException {
        return build(setup, frames, side, gpu, threads, null);
    }

    /**
     * Rebuilds a network from a checkpoint written by {@link ClipTrainableNetwork#saveCheckpoint}: the backbone as
     * its setup says (its provenance must be the recorded one), then the saved parameters, Adam's state and the
     * standardisation.
     *
     * @param checkpoint the checkpoint file
     * @param gpu        whether to run on a GPU when libtorch sees one
     * @param threads    libtorch threads on the CPU
     * @return the network; close it
     * @throws ModelException when the checkpoint or the backbone's weights are unusable, or those changed
     */
    public static ClipTrainableNetwork resume(Path checkpoint, boolean gpu, int threads) throws ModelException {
        ClipCheckpoint.Contents contents = ClipCheckpoint.read(checkpoint);
        return build(contents.setup(), contents.frames(), contents.side(), gpu, threads, contents);
    }

    private static ClipTrainableNetwork build(NetworkSetup setup, int frames, int side, boolean gpu, int threads,
            ClipCheckpoint.Contents checkpoint) throws ModelException {
        Path where = setup.imageWeights() != null ? setup.imageWeights() : Path.of("training");
        if (!setup.usesClip()) {
            throw new IllegalArgumentException("the " + setup.variant() + " variant has no 3D ResNet-34: it is built"
                    + " by the 2D detectors' trainer");
        }
        BranchWeights.Clip backbone = BranchWeights.clip(setup, frames, side);
        BranchWeights.Audio audio = setup.usesAudio() ? BranchWeights.audio(setup, AUDIO) : null;
        Map<String, String> backbones = new LinkedHashMap<>();
        backbones.put("clip", backbone.description());
        if (audio != null) {
            backbones.put("audio", audio.description());
        }
        if (checkpoint != null) {
            for (Map.Entry<String, String> branch : backbones.entrySet()) {
                String recorded = checkpoint.backbones().get(branch.getKey());
                if (!branch.getValue().equals(recorded)) {
                    throw new ModelException(checkpoint.file(), "its " + branch.getKey() + " backbone was " + recorded
                            + ", but rebuilding it gives " + branch.getValue() + " (the weights changed)");
                }
            }
        }
        Engine engine;
        try {
            PyTorch.start();
            engine = Engine.getEngine(PyTorch.ENGINE);
        } catch (IllegalStateException e) {
            throw new ModelException(where, e.getMessage(), e);
        }
        NDManager manager = engine.newBaseManager(R3d34Loader.device(gpu));
        try {
            R3d34 network = new R3d34(backbone.shortcut(), 2, audio != null);
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1, frames, side));
            Map<String, Parameter> all = TorchNames.of(network);
            SeededInitialisation.applyWithHead(select(all, name -> name.startsWith(HEAD) || (name.startsWith(AUDIO)
                    ? audio.tensors() == null : backbone.tensors() == null)), setup.seed(), HEAD, "");
            if (backbone.tensors() != null) {
                R3d34Loader.copy(where, backbone.tensors().stream().filter(t -> !t.name().startsWith(HEAD)).toList(),
                        select(all, name -> !name.startsWith(HEAD) && !name.startsWith(AUDIO)));
            }
            if (audio != null && audio.tensors() != null) {
                R3d34Loader.copy(setup.audioWeights(), audio.tensors(), select(all, name -> name.startsWith(AUDIO)));
            }
            Map<String, Parameter> trainable = new LinkedHashMap<>();
            all.forEach((name, parameter) -> {
                if (setup.lastLayerOnly() ? name.startsWith(HEAD) : trains(parameter)) {
                    trainable.put(name, parameter);
                }
            });
            Map<String, Parameter> saved = setup.lastLayerOnly() ? trainable : all;
            Adam adam = new Adam(trainable, manager, setup.learningRate());
            if (checkpoint != null) {
                ClipCheckpoint.restore(checkpoint, saved, adam);
            }
            all.forEach((name, parameter) -> parameter.freeze(!trainable.containsKey(name)));
            return new ClipTrainableNetwork(setup, backbones, engine, manager, network,
                    adam, threads, backbone.preprocessing(), saved, checkpoint == null ? "" : checkpoint.note(),
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

    /**
     * The clips a setup's network looks at, from the backbone's metadata alone when it is a Kinetics model
     * directory: nothing else is read, libtorch is not started.
     *
     * @param setup  a {@code clip} or {@code clip+audio} setup
     * @param frames frames per clip
     * @param side   the side of the square frames
     * @return the clips' preparation
     * @throws ModelException when the model directory's metadata is unusable
     */
    public static ClipPreprocessing preprocessing(NetworkSetup setup, int frames, int side) throws ModelException {
        Path weights = setup.imageWeights();
        ClipPreprocessing base = weights != null && Files.isDirectory(weights)
                ? KineticsModelDirectory.metadata(weights).preprocessing() : ClipPreprocessing.KINETICS_700;
        return base.resized(frames, side);
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
