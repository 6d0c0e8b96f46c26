package org.kissdetect.classify.internal.checkpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state-dict names and shapes of the two pretrained backbones, in state-dict order, as plain data: recognising a
 * checkpoint must not build a network (that would start libtorch). A test checks them against the networks
 * {@code ResNet18.build()} and {@code Vggish.build()} make.
 */
final class ReferenceShapes {

    private ReferenceShapes() {
    }

    /** torchvision {@code resnet18} without {@code fc} and without {@code num_batches_tracked}: 100 tensors. */
    static Map<String, int[]> resnet18() {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        shapes.put("conv1.weight", new int[] {64, 3, 7, 7});
        batchNorm(shapes, "bn1", 64);
        int inputs = 64;
        for (int layer = 1; layer <= 4; layer++) {
            int width = 64 << (layer - 1);
            for (int block = 0; block < 2; block++) {
                String prefix = "layer" + layer + "." + block + ".";
                shapes.put(prefix + "conv1.weight", new int[] {width, block == 0 ? inputs : width, 3, 3});
                batchNorm(shapes, prefix + "bn1", width);
                shapes.put(prefix + "conv2.weight", new int[] {width, width, 3, 3});
                batchNorm(shapes, prefix + "bn2", width);
                if (block == 0 && layer > 1) {
                    shapes.put(prefix + "downsample.0.weight", new int[] {width, inputs, 1, 1});
                    batchNorm(shapes, prefix + "downsample.1", width);
                }
            }
            inputs = width;
        }
        return shapes;
    }

    /** torchvggish {@code VGGish}: {@code features.*} (six 3x3 convolutions) and {@code embeddings.*}: 18 tensors. */
    static Map<String, int[]> vggish() {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        int[][] convolutions = {{0, 1, 64}, {3, 64, 128}, {6, 128, 256}, {8, 256, 256}, {11, 256, 512}, {13, 512, 512}};
        for (int[] conv : convolutions) {
            shapes.put("features." + conv[0] + ".weight", new int[] {conv[2], conv[1], 3, 3});
            shapes.put("features." + conv[0] + ".bias", new int[] {conv[2]});
        }
        int[][] linears = {{0, 512 * 4 * 6, 4096}, {2, 4096, 4096}, {4, 4096, 128}};
        for (int[] linear : linears) {
            shapes.put("embeddings." + linear[0] + ".weight", new int[] {linear[2], linear[1]});
            shapes.put("embeddings." + linear[0] + ".bias", new int[] {linear[2]});
        }
        return shapes;
    }

    private static void batchNorm(Map<String, int[]> shapes, String prefix, int width) {
        for (String name : new String[] {"weight", "bias", "running_mean", "running_var"}) {
            shapes.put(prefix + "." + name, new int[] {width});
        }
    }
}
