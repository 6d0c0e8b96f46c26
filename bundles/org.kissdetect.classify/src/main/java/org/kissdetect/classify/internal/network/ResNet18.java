package org.kissdetect.classify.internal.network;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.pooling.Pool;
import org.kissdetect.nn.NamedSequence;

/**
 * torchvision's {@code resnet18} without its final {@code fc}: a 3x224x224 image becomes 512 features. Built by
 * hand because DJL's model-zoo {@code ResNetV1} with 18 layers is a different network. Parameters are named as in
 * torchvision's state dict; 11,186,112 values in all (running statistics included).
 */
public final class ResNet18 {

    /** The width of the output. */
    public static final int FEATURES = 512;

    /** The shape of one input image. */
    public static final Shape IMAGE = new Shape(3, 224, 224);

    private ResNet18() {
    }

    /**
     * Builds an uninitialised network.
     *
     * @return the block: (N, 3, 224, 224) in, (N, 512) out
     */
    public static Block build() {
        return build(false);
    }

    /**
     * Builds the inference form: every batch norm folded into the convolution before it, which gets a bias
     * instead. Its parameters are those convolutions' (11,171,712 values), named as they are; only
     * {@link BatchNormFolding} gives them their values.
     *
     * @return the block: (N, 3, 224, 224) in, (N, 512) out
     */
    public static Block buildFolded() {
        return build(true);
    }

    private static Block build(boolean folded) {
        NamedSequence network = new NamedSequence().then("conv1", Layers.conv(64, 7, 2, 3, folded));
        if (!folded) {
            network.then("bn1", Layers.batchNorm());
        }
        return network
                .then("relu", Activation.reluBlock())
                .then("maxpool", Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1)))
                .then("layer1", stage(64, 64, 1, folded))
                .then("layer2", stage(64, 128, 2, folded))
                .then("layer3", stage(128, 256, 2, folded))
                .then("layer4", stage(256, FEATURES, 2, folded))
                .then("avgpool", Pool.globalAvgPool2dBlock());
    }

    private static Block stage(int inChannels, int outChannels, int stride, boolean folded) {
        return new NamedSequence()
                .then("0", new ResidualBlock(inChannels, outChannels, stride, folded))
                .then("1", new ResidualBlock(outChannels, outChannels, 1, folded));
    }
}
