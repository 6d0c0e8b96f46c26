package org.kissdetect.resnet3d.internal.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 3D ResNet-34 of Hara et al. ({@code generate_model(34)} in kenshohara/3D-ResNets-PyTorch
 * {@code models/resnet.py}) as data: its stages and the name and shape of every tensor of its state dict. Pure Java,
 * so that recognising a checkpoint never loads libtorch.
 */
public final class R3d34Architecture {

    /** The name model metadata gives it. */
    public static final String NAME = "r3d34";
    /** The width of the features before {@code fc}. */
    public static final int FEATURES = 512;
    /** Input channels (RGB). */
    public static final int CHANNELS = 3;

    /**
     * One stage, {@code layerN}.
     *
     * @param name   its state-dict prefix
     * @param blocks how many basic blocks
     * @param width  their width
     * @param stride the stride of its first block, in T, H and W
     */
    public record Stage(String name, int blocks, int width, int stride) {
    }

    /** layer1..4: 3, 4, 6 and 3 basic blocks of widths 64, 128, 256, 512. */
    public static final List<Stage> STAGES = List.of(new Stage("layer1", 3, 64, 1), new Stage("layer2", 4, 128, 2),
            new Stage("layer3", 6, 256, 2), new Stage("layer4", 3, FEATURES, 2));
    /** The width of conv1. */
    public static final int STEM_WIDTH = 64;

    private R3d34Architecture() {
    }

    /**
     * The tensors of the state dict in PyTorch's order, {@code num_batches_tracked} counters left out.
     *
     * @param shortcut the shortcut type
     * @param classes  the rows of {@code fc}
     * @return name to shape
     */
    public static Map<String, int[]> tensors(Shortcut shortcut, int classes) {
        Map<String, int[]> tensors = new LinkedHashMap<>();
        tensors.put("conv1.weight", new int[] {STEM_WIDTH, CHANNELS, 7, 7, 7});
        batchNorm(tensors, "bn1", STEM_WIDTH);
        int in = STEM_WIDTH;
        for (Stage stage : STAGES) {
            for (int b = 0; b < stage.blocks(); b++) {
                String block = stage.name() + "." + b + ".";
                int blockIn = b == 0 ? in : stage.width();
                tensors.put(block + "conv1.weight", new int[] {stage.width(), blockIn, 3, 3, 3});
                batchNorm(tensors, block + "bn1", stage.width());
                tensors.put(block + "conv2.weight", new int[] {stage.width(), stage.width(), 3, 3, 3});
                batchNorm(tensors, block + "bn2", stage.width());
                if (b == 0 && needsDownsample(stage, in) && shortcut == Shortcut.B) {
                    tensors.put(block + "downsample.0.weight", new int[] {stage.width(), blockIn, 1, 1, 1});
                    batchNorm(tensors, block + "downsample.1", stage.width());
                }
            }
            in = stage.width();
        }
        tensors.put("fc.weight", new int[] {classes, FEATURES});
        tensors.put("fc.bias", new int[] {classes});
        return tensors;
    }

    /**
     * @param stage a stage
     * @param in    the width of its input
     * @return whether its first block needs a shortcut other than the identity
     */
    public static boolean needsDownsample(Stage stage, int in) {
        return stage.stride() != 1 || in != stage.width();
    }

    private static void batchNorm(Map<String, int[]> tensors, String prefix, int width) {
        for (String name : List.of("weight", "bias", "running_mean", "running_var")) {
            tensors.put(prefix + "." + name, new int[] {width});
        }
    }
}
