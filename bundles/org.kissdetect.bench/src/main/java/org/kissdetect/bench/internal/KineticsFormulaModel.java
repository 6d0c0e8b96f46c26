package org.kissdetect.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.api.checkpoint.TensorType;

/**
 * A Kinetics-700 3D ResNet-34 (Hara et al.'s layout, shortcut type B) of formula weights, made through the installed
 * checkpoint layouts exactly as {@code models import} makes one from the public file: a benchmark of its speed needs
 * its shapes, not its training.
 */
final class KineticsFormulaModel {

    private static final int CLASSES = 700;
    private static final int[] BLOCKS = {3, 4, 6, 3};

    private KineticsFormulaModel() {
    }

    /** @return the model directory made earlier under {@code folder}, if there is one */
    static Optional<Path> existing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> made = Files.list(folder)) {
            return made.filter(dir -> Files.isRegularFile(dir.resolve("metadata.json"))).findFirst();
        }
    }

    static Path write(List<CheckpointLayout> layouts, Path folder) throws IOException, CheckpointException {
        StateDict stateDict = stateDict(folder.resolve("r3d34-formula.pth"));
        List<String> names = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            names.add(c == 250 ? "kissing" : "action " + c);
        }
        Path classes = Files.write(folder.resolve("classes.txt"), names);
        CheckpointLayout layout = layouts.stream().filter(l -> l.recognises(stateDict)).findFirst()
                .orElseThrow(() -> new CheckpointException(stateDict.source(), "no installed layout takes a 3D"
                        + " ResNet-34: is org.kissdetect.resnet3d in the bench runtime?"));
        List<ImportedFile> written = layout.write(stateDict, new ImportOptions(Optional.of(classes)), folder);
        return written.stream().map(ImportedFile::path).filter(p -> p.getFileName().toString().equals("metadata.json"))
                .findFirst().orElseThrow(() -> new IOException(layout.name() + " wrote no metadata.json")).getParent();
    }

    private static StateDict stateDict(Path source) {
        Map<String, CheckpointTensor> tensors = new LinkedHashMap<>();
        add(tensors, "conv1.weight", 64, 3, 7, 7, 7);
        batchNorm(tensors, "bn1", 64);
        int in = 64;
        for (int layer = 1; layer <= 4; layer++) {
            int width = 64 << (layer - 1);
            for (int block = 0; block < BLOCKS[layer - 1]; block++) {
                String name = "layer" + layer + "." + block + ".";
                add(tensors, name + "conv1.weight", width, block == 0 ? in : width, 3, 3, 3);
                batchNorm(tensors, name + "bn1", width);
                add(tensors, name + "conv2.weight", width, width, 3, 3, 3);
                batchNorm(tensors, name + "bn2", width);
                if (block == 0 && layer > 1) {
                    add(tensors, name + "downsample.0.weight", width, in, 1, 1, 1);
                    batchNorm(tensors, name + "downsample.1", width);
                }
            }
            in = width;
        }
        add(tensors, "fc.weight", CLASSES, 512);
        add(tensors, "fc.bias", CLASSES);
        return new StateDict(source, "0".repeat(64), tensors);
    }

    /** He-scaled sines: finite activations of a plausible size all the way through. */
    private static void add(Map<String, CheckpointTensor> tensors, String name, int... shape) {
        int count = 1;
        for (int dimension : shape) {
            count *= dimension;
        }
        double scale = shape.length > 1 ? Math.sqrt(2.0 / (count / shape[0])) : 0.1;
        float[] values = new float[count];
        int k = tensors.size();
        for (int i = 0; i < count; i++) {
            values[i] = (float) (scale * Math.sin(0.37 * i + 1.3 * k));
        }
        tensors.put(name, new CheckpointTensor(name, TensorType.FLOAT32, shape, values, null));
    }

    private static void batchNorm(Map<String, CheckpointTensor> tensors, String prefix, int width) {
        tensors.put(prefix + ".weight", constant(prefix + ".weight", width, 1));
        tensors.put(prefix + ".bias", constant(prefix + ".bias", width, 0));
        tensors.put(prefix + ".running_mean", constant(prefix + ".running_mean", width, 0));
        tensors.put(prefix + ".running_var", constant(prefix + ".running_var", width, 1));
    }

    private static CheckpointTensor constant(String name, int width, float value) {
        float[] values = new float[width];
        Arrays.fill(values, value);
        return new CheckpointTensor(name, TensorType.FLOAT32, new int[] {width}, values, null);
    }
}
