package org.kissdetect.densenet.internal.network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state-dict names and shapes of DenseNet-121 without {@code classifier} and batch counters, in state-dict
 * order, as plain data: recognising a checkpoint must not build a network (that would start libtorch). A test checks
 * them against what {@link DenseNet121#build()} makes.
 */
public final class DenseNet121Shapes {

    private DenseNet121Shapes() {
    }

    /** @return name to shape, 604 tensors */
    public static Map<String, int[]> stateDict() {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        shapes.put("features.conv0.weight", new int[] {DenseNet121.INITIAL_FEATURES, 3, 7, 7});
        batchNorm(shapes, "features.norm0", DenseNet121.INITIAL_FEATURES);
        int channels = DenseNet121.INITIAL_FEATURES;
        int bottleneck = DenseNet121.BOTTLENECK * DenseNet121.GROWTH;
        for (int b = 0; b < DenseNet121.BLOCKS.length; b++) {
            for (int l = 0; l < DenseNet121.BLOCKS[b]; l++) {
                String layer = "features.denseblock" + (b + 1) + ".denselayer" + (l + 1) + ".";
                int in = channels + l * DenseNet121.GROWTH;
                batchNorm(shapes, layer + "norm1", in);
                shapes.put(layer + "conv1.weight", new int[] {bottleneck, in, 1, 1});
                batchNorm(shapes, layer + "norm2", bottleneck);
                shapes.put(layer + "conv2.weight", new int[] {DenseNet121.GROWTH, bottleneck, 3, 3});
            }
            channels += DenseNet121.BLOCKS[b] * DenseNet121.GROWTH;
            if (b < DenseNet121.BLOCKS.length - 1) {
                String transition = "features.transition" + (b + 1) + ".";
                batchNorm(shapes, transition + "norm", channels);
                shapes.put(transition + "conv.weight", new int[] {channels / 2, channels, 1, 1});
                channels /= 2;
            }
        }
        batchNorm(shapes, "features.norm5", channels);
        return shapes;
    }

    private static void batchNorm(Map<String, int[]> shapes, String prefix, int width) {
        for (String name : new String[] {"weight", "bias", "running_mean", "running_var"}) {
            shapes.put(prefix + "." + name, new int[] {width});
        }
    }
}
