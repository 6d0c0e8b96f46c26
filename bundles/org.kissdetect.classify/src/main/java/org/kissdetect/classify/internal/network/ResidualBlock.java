package org.kissdetect.classify.internal.network;

import static org.kissdetect.nn.ResidualPass.addThenRelu;
import static org.kissdetect.nn.ResidualPass.relu;
import static org.kissdetect.nn.ResidualPass.step;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.kissdetect.nn.NamedSequence;

/**
 * torchvision's {@code BasicBlock}: two 3x3 convolutions with batch norm, added to the input (through a 1x1
 * convolution and batch norm, {@code downsample}, when the stride or the width changes), then a ReLU. Folded (for
 * inference, see {@link BatchNormFolding}), each convolution has a bias and no batch norm follows it.
 */
final class ResidualBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block conv1;
    private final Block bn1;
    private final Block conv2;
    private final Block bn2;
    private final Block downsample;

    ResidualBlock(int inChannels, int outChannels, int stride, boolean folded) {
        super(VERSION);
        conv1 = addChildBlock("conv1", Layers.conv(outChannels, 3, stride, 1, folded));
        bn1 = folded ? null : addChildBlock("bn1", Layers.batchNorm());
        conv2 = addChildBlock("conv2", Layers.conv(outChannels, 3, 1, 1, folded));
        bn2 = folded ? null : addChildBlock("bn2", Layers.batchNorm());
        if (stride == 1 && inChannels == outChannels) {
            downsample = null;
        } else {
            NamedSequence shortcut = new NamedSequence().then("0", Layers.conv(outChannels, 1, stride, 0, folded));
            downsample = addChildBlock("downsample", folded ? shortcut : shortcut.then("1", Layers.batchNorm()));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList out = conv1.forward(parameterStore, inputs, training, params);
        if (bn1 != null) {
            out = step(bn1, parameterStore, out, training, params);
        }
        out = relu(out);
        out = step(conv2, parameterStore, out, training, params);
        if (bn2 != null) {
            out = step(bn2, parameterStore, out, training, params);
        }
        NDArray x = inputs.singletonOrThrow();
        NDArray identity = downsample == null ? x
                : downsample.forward(parameterStore, inputs, training, params).singletonOrThrow();
        return addThenRelu(out, identity, x);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return conv2.getOutputShapes(conv1.getOutputShapes(inputShapes));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        conv1.initialize(manager, dataType, inputShapes);
        Shape[] afterConv1 = conv1.getOutputShapes(inputShapes);
        if (bn1 != null) {
            bn1.initialize(manager, dataType, afterConv1);
        }
        conv2.initialize(manager, dataType, afterConv1);
        if (bn2 != null) {
            bn2.initialize(manager, dataType, conv2.getOutputShapes(afterConv1));
        }
        if (downsample != null) {
            downsample.initialize(manager, dataType, inputShapes);
        }
    }
}
