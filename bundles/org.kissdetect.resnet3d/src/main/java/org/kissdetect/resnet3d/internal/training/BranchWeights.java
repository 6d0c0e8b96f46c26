package org.kissdetect.resnet3d.internal.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.nn.training.SeededInitialisation;
import org.kissdetect.resnet3d.internal.model.ClipPreprocessing;
import org.kissdetect.resnet3d.internal.model.KineticsModelDirectory;
import org.kissdetect.resnet3d.internal.network.Shortcut;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

/**
 * Where the branches of a 3D variant get their weights, and how each is described in checkpoints and provenance: a
 * file's tensors, or {@code null} for the seed. A description names the file and its sha256, or the seed and the
 * scheme; the audio branch's is worded as the 2D detectors word theirs, so their cached embeddings are shared.
 */
final class BranchWeights {

    /** The 3D backbone's weights, shortcut type and the clips it was trained on. */
    record Clip(Shortcut shortcut, ClipPreprocessing preprocessing, List<Tensor> tensors, String description) {
    }

    /** VGGish's weights, renamed into the audio branch. */
    record Audio(List<Tensor> tensors, String description) {
    }

    private record WeightFile(List<Tensor> tensors, String sha256) {
    }

    private BranchWeights() {
    }

    /**
     * An imported Kinetics model directory (its shortcut type and preprocessing come with it), a safetensors file of
     * the state dict (shortcut B when it has {@code downsample} tensors, else A; Kinetics-700's preprocessing), or
     * the seed (shortcut B).
     */
    static Clip clip(NetworkSetup setup, int frames, int side) throws ModelException {
        Path weights = setup.imageWeights();
        if (weights == null) {
            return new Clip(Shortcut.B, ClipPreprocessing.KINETICS_700.resized(frames, side), null,
                    "3D ResNet-34 " + random(setup));
        }
        if (Files.isDirectory(weights)) {
            KineticsModelDirectory.Contents contents = KineticsModelDirectory.read(weights);
            return new Clip(contents.metadata().shortcutType(),
                    contents.metadata().preprocessing().resized(frames, side), contents.parameters(),
                    "3D ResNet-34 from model " + contents.metadata().id() + " at " + weights.getFileName()
                            + " (metadata sha256 " + contents.metadataSha256() + ")");
        }
        WeightFile file = read(weights, "a 3D ResNet-34");
        Shortcut shortcut = file.tensors().stream().anyMatch(t -> t.name().contains(".downsample.")) ? Shortcut.B
                : Shortcut.A;
        return new Clip(shortcut, ClipPreprocessing.KINETICS_700.resized(frames, side), file.tensors(),
                "3D ResNet-34 from " + weights.getFileName() + " (sha256 " + file.sha256() + ")");
    }

    /**
     * torchvggish's weights as {@code models import} writes them (its state-dict names, float32), renamed under
     * {@code prefix}, or the seed.
     */
    static Audio audio(NetworkSetup setup, String prefix) throws ModelException {
        Path weights = setup.audioWeights();
        if (weights == null) {
            return new Audio(null, "VGGish " + random(setup));
        }
        WeightFile file = read(weights, "VGGish");
        return new Audio(file.tensors().stream().map(t -> new Tensor(prefix + t.name(), t.shape(), t.values()))
                .toList(), "VGGish from " + weights.getFileName() + " (sha256 " + file.sha256() + ")");
    }

    private static String random(NetworkSetup setup) {
        return "random (seed " + setup.seed() + ", " + SeededInitialisation.SCHEME + ")";
    }

    private static WeightFile read(Path weights, String network) throws ModelException {
        try {
            byte[] bytes = Files.readAllBytes(weights);
            return new WeightFile(Safetensors.read(weights, bytes), Sha256.hex(bytes));
        } catch (IOException e) {
            throw new ModelException(weights, "cannot be read as a safetensors file of " + network + ": "
                    + e.getMessage(), e);
        }
    }
}
