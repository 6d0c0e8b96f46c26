package org.kissdetect.densenet.internal.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.kissdetect.nn.NamedSequence;

/**
 * torchvision's {@code _DenseBlock}: each {@code denselayerN} (batch norm, ReLU, 1x1 convolution to
 * {@code bnSize * growth}, batch norm, ReLU, 3x3 convolution to {@code growth}) sees every earlier output concatenated
 * along the channels, and the block gives them all. The concatenation is kept as one array that grows, so a pass
 * holds it and the layer's output rather than every copy.
 */
final class DenseBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int inChannels;
    private final int growth;
    private final int layers;

    DenseBlock(int layers, int inChannels, int growth, int bottleneck) {
        super(VERSION);
        this.inChannels = inChannels;
        this.growth = growth;
        this.layers = layers;
        for (int i = 1; i <= layers; i++) {
            addChildBlock("denselayer" + i, new NamedSequence()
                    .then("norm1", Layers.batchNorm())
                    .then("relu1", Activation.reluBlock())
                    .then("conv1", Layers.conv(bottleneck * growth, 1, 1, 0))
                    .then("norm2", Layers.batchNorm())
                    .then("relu2", Activation.reluBlock())
                    .then("conv2", Layers.conv(growth, 3, 1, 1)));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        NDArray joined = input;
        for (Block layer : children.values()) {
            NDArray fresh = layer.forward(parameterStore, new NDList(joined), training, params).singletonOrThrow();
            NDArray grown = NDArrays.concat(new NDList(joined, fresh), 1);
            fresh.close();
            if (joined != input) {
                joined.close();
            }
            joined = grown;
        }
        return new NDList(joined);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), inChannels + (long) layers * growth, in.get(2), in.get(3))};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        long channels = inChannels;
        for (Block layer : children.values()) {
            layer.initialize(manager, dataType, new Shape(in.get(0), channels, in.get(2), in.get(3)));
            channels += growth;
        }
    }
}
