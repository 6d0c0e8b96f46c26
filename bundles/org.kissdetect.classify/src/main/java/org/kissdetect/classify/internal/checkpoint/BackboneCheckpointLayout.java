package org.kissdetect.classify.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.classify.internal.weights.Float32Safetensors;

/**
 * A pretrained backbone's public checkpoint turned into the safetensors file {@code Backbone} loads, exactly what
 * {@code models/convert_checkpoints.py} writes: the reference tensors as float32 under their state-dict names, in
 * name order, nothing else (for the same tensors, byte for byte what safetensors 0.8's {@code save_file} writes:
 * checked once against it). A state dict is recognised when it holds every
 * reference tensor with its shape as a floating tensor, and nothing beyond them but what {@code ignorable} allows.
 */
abstract class BackboneCheckpointLayout implements CheckpointLayout {

    private final String name;
    private final String fileName;
    private final String contents;
    private final Map<String, int[]> reference;
    private final Predicate<String> ignorable;

    BackboneCheckpointLayout(String name, String fileName, String contents, Map<String, int[]> reference,
            Predicate<String> ignorable) {
        this.name = name;
        this.fileName = fileName;
        this.contents = contents;
        this.reference = reference;
        this.ignorable = ignorable;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean recognises(StateDict stateDict) {
        for (Map.Entry<String, int[]> tensor : reference.entrySet()) {
            CheckpointTensor found = stateDict.tensors().get(tensor.getKey());
            if (found == null || !found.type().isFloating() || !Arrays.equals(found.shape(), tensor.getValue())) {
                return false;
            }
        }
        return stateDict.tensors().keySet().stream()
                .allMatch(tensor -> reference.containsKey(tensor) || ignorable.test(tensor));
    }

    @Override
    public List<ImportedFile> write(StateDict stateDict, ImportOptions options, Path folder)
            throws CheckpointException, IOException {
        if (!recognises(stateDict)) {
            throw new CheckpointException(stateDict.source(), "is not a " + name + " state dict");
        }
        Map<String, Float32Safetensors.Tensor> tensors = new TreeMap<>();
        for (String tensor : reference.keySet()) {
            CheckpointTensor values = stateDict.tensors().get(tensor);
            long[] shape = Arrays.stream(values.shape()).asLongStream().toArray();
            tensors.put(tensor, new Float32Safetensors.Tensor() {
                @Override
                public long[] shape() {
                    return shape;
                }

                @Override
                public float[] values() {
                    return values.floats();
                }
            });
        }
        Path file = folder.resolve(fileName);
        String sha256 = Float32Safetensors.write(file, tensors, Map.of());
        return List.of(new ImportedFile(file, sha256, contents));
    }
}
