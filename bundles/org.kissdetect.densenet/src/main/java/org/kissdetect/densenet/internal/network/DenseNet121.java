package org.kissdetect.densenet.internal.network;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.pooling.Pool;
import org.kissdetect.nn.NamedSequence;

/**
 * torchvision's {@code densenet121} without its {@code classifier}: {@code features} (growth 32, blocks of 6, 12, 24
 * and 16 layers, bottleneck 4 x 32, 64 initial features, each transition halving the channels and the side), then a
 * ReLU and global average pooling, as torchvision's {@code forward} does: a 3x224x224 image becomes 1024 features.
 * Parameters are named as in torchvision's state dict (its current names, {@code norm1}, not {@code norm.1}).
 */
public final class DenseNet121 {

    /** The width of the output. */
    public static final int FEATURES = 1024;

    /** The shape of one input image. */
    public static final Shape IMAGE = new Shape(3, 224, 224);

    static final int GROWTH = 32;
    static final int BOTTLENECK = 4;
    static final int INITIAL_FEATURES = 64;
    static final int[] BLOCKS = {6, 12, 24, 16};

    private DenseNet121() {
    }

    /**
     * Builds an uninitialised network.
     *
     * @return the block: (N, 3, H, W) in, (N, 1024) out
     */
    public static Block build() {
        NamedSequence features = new NamedSequence()
                .then("conv0", Layers.conv(INITIAL_FEATURES, 7, 2, 3))
                .then("norm0", Layers.batchNorm())
                .then("relu0", Activation.reluBlock())
                .then("pool0", Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1)));
        int channels = INITIAL_FEATURES;
        for (int b = 0; b < BLOCKS.length; b++) {
            features.then("denseblock" + (b + 1), new DenseBlock(BLOCKS[b], channels, GROWTH, BOTTLENECK));
            channels += BLOCKS[b] * GROWTH;
            if (b < BLOCKS.length - 1) {
                channels /= 2;
                features.then("transition" + (b + 1), new NamedSequence()
                        .then("norm", Layers.batchNorm())
                        .then("relu", Activation.reluBlock())
                        .then("conv", Layers.conv(channels, 1, 1, 0))
                        .then("pool", Pool.avgPool2dBlock(new Shape(2, 2), new Shape(2, 2))));
            }
        }
        features.then("norm5", Layers.batchNorm());
        return new NamedSequence()
                .then("features", features)
                .then("relu", Activation.reluBlock())
                .then("pool", Pool.globalAvgPool2dBlock());
    }
}
