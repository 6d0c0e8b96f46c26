package org.kissdetect.nn;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;

/**
 * torchvggish's {@code VGGish} without its PCA post-processing: a 96x64 log-mel patch becomes 128 features.
 * {@code features} holds the convolutions (index 0, 3, 6, 8, 11, 13, each followed by a ReLU, max-pooling after
 * 0, 3, 8 and 13); its NCHW output is transposed to NHWC before being flattened to 12,288 values, as TensorFlow
 * did when the weights were trained; {@code embeddings} is 12288-4096-4096-128 with a ReLU after each layer.
 * The audio branch of the 2D detectors and of the 3D {@code clip+audio} detector: the same block under the same
 * names ({@code audio.features.0.weight}...), so a seed or a weight file gives both the same features.
 */
public final class Vggish {

    /** The width of the output. */
    public static final int FEATURES = 128;

    /** The shape of one input patch. */
    public static final Shape PATCH = new Shape(1, 96, 64);

    /** torchvggish's configuration: a number is a 3x3 convolution of that width, {@code M} a 2x2 max-pool. */
    private static final List<Object> CONVOLUTIONS = List.of(64, "M", 128, "M", 256, 256, "M", 512, 512, "M");

    private Vggish() {
    }

    /**
     * Builds an uninitialised network.
     *
     * @return the block: (N, 1, 96, 64) in, (N, 128) out
     */
    public static Block build() {
        NamedSequence features = new NamedSequence();
        int index = 0;
        for (Object layer : CONVOLUTIONS) {
            if (layer instanceof Integer width) {
                features.then(String.valueOf(index++), conv3x3(width));
                features.then(String.valueOf(index++), Activation.reluBlock());
            } else {
                features.then(String.valueOf(index++), Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
            }
        }
        NamedSequence embeddings = new NamedSequence()
                .then("0", linear(4096)).then("1", Activation.reluBlock())
                .then("2", linear(4096)).then("3", Activation.reluBlock())
                .then("4", linear(FEATURES)).then("5", Activation.reluBlock());
        return new NamedSequence()
                .then("features", features)
                .then("flatten", new LambdaBlock(Vggish::flattenChannelsLast, "flattenChannelsLast"))
                .then("embeddings", embeddings);
    }

    /** PyTorch's {@code Conv2d(in, width, 3, padding=1)}. */
    private static Block conv3x3(int width) {
        return Conv2d.builder().setFilters(width).setKernelShape(new Shape(3, 3)).optStride(new Shape(1, 1))
                .optPadding(new Shape(1, 1)).optBias(true).build();
    }

    private static Block linear(int units) {
        return Linear.builder().setUnits(units).build();
    }

    private static NDList flattenChannelsLast(NDList input) {
        NDArray nchw = input.singletonOrThrow();
        try (NDArray nhwc = nchw.transpose(0, 2, 3, 1)) {
            return new NDList(nhwc.reshape(nchw.getShape().get(0), -1));
        }
    }
}
