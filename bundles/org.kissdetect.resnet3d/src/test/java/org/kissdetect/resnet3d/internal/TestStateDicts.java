package org.kissdetect.resnet3d.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.api.checkpoint.TensorType;
import org.kissdetect.resnet3d.internal.network.R3d34Architecture;
import org.kissdetect.resnet3d.internal.network.Shortcut;

/**
 * Small-memory 3D ResNet-34 state dicts for tests whose answer does not depend on the convolutions: every tensor of
 * a shape shares one array of a constant, convolutions are zero, batch norms add a bias of 0.01 (so the features
 * are small and finite, not zero), and {@code fc} is given.
 */
public final class TestStateDicts {

    private TestStateDicts() {
    }

    /**
     * @param source      the checkpoint name to record
     * @param shortcut    the shortcut type
     * @param fcWeight    fc's weight, classes x 512
     * @param fcBias      fc's bias, one per class
     * @return the state dict
     */
    public static StateDict withFc(Path source, Shortcut shortcut, float[] fcWeight, float[] fcBias) {
        int classes = fcBias.length;
        Map<String, float[]> shared = new HashMap<>();
        Map<String, CheckpointTensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> entry : R3d34Architecture.tensors(shortcut, classes).entrySet()) {
            String name = entry.getKey();
            int[] shape = entry.getValue();
            float[] values;
            if (name.equals("fc.weight")) {
                values = fcWeight;
            } else if (name.equals("fc.bias")) {
                values = fcBias;
            } else {
                float constant = shape.length == 5 || name.endsWith("running_mean") ? 0
                        : name.endsWith(".bias") ? 0.01f : 1;
                values = shared.computeIfAbsent(name.substring(name.lastIndexOf('.')) + Arrays.toString(shape),
                        key -> filled(shape, constant));
            }
            tensors.put(name, new CheckpointTensor(name, TensorType.FLOAT32, shape, values, null));
        }
        return new StateDict(source, "ab".repeat(32), tensors);
    }

    /**
     * fc weights zero and biases zero but for one class: every clip's logits are the biases.
     *
     * @param source   the checkpoint name to record
     * @param shortcut the shortcut type
     * @param classes  the number of classes
     * @param index    the class with a bias
     * @param bias     its bias
     * @return the state dict
     */
    public static StateDict oneBias(Path source, Shortcut shortcut, int classes, int index, float bias) {
        float[] fcBias = new float[classes];
        fcBias[index] = bias;
        return withFc(source, shortcut, new float[classes * R3d34Architecture.FEATURES], fcBias);
    }

    /**
     * Writes a class list, one name a line: {@code class0, class1, ...} with {@code kissing} at {@code index}.
     *
     * @param file    where
     * @param classes how many
     * @param index   where kissing is, or -1 for none
     * @return the file
     * @throws IOException when it cannot be written
     */
    public static Path classList(Path file, int classes, int index) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            names.add(i == index ? "kissing" : "class " + i);
        }
        return Files.write(file, names);
    }

    private static float[] filled(int[] shape, float constant) {
        int count = 1;
        for (int d : shape) {
            count *= d;
        }
        float[] values = new float[count];
        Arrays.fill(values, constant);
        return values;
    }
}
