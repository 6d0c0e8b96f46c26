package org.kissdetect.resnet3d.internal.network;

import static org.kissdetect.nn.ResidualPass.addThenRelu;
import static org.kissdetect.nn.ResidualPass.relu;
import static org.kissdetect.nn.ResidualPass.step;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
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
 * Hara et al.'s {@code BasicBlock}: two 3x3x3 convolutions with batch norm, added to the input, then a ReLU. Where
 * the width or stride changes, the input is carried by the shortcut type: B, {@code downsample} (1x1x1 convolution
 * and batch norm); A, their {@code _downsample_basic_block} ({@code avg_pool3d} of kernel 1 and stride 2, which
 * keeps every second element, then zero channels up to the new width).
 */
final class BasicBlock3d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block conv1;
    private final Block bn1;
    private final Block conv2;
    private final Block bn2;
    private final Block downsample;
    private final boolean zeroPadShortcut;
    private final int outChannels;
    private final int stride;

    BasicBlock3d(int inChannels, int outChannels, int stride, Shortcut shortcut) {
        super(VERSION);
        this.outChannels = outChannels;
        this.stride = stride;
        conv1 = addChildBlock("conv1", Layers3d.conv(outChannels, 3, stride, 1));
        bn1 = addChildBlock("bn1", Layers3d.batchNorm());
        conv2 = addChildBlock("conv2", Layers3d.conv(outChannels, 3, 1, 1));
        bn2 = addChildBlock("bn2", Layers3d.batchNorm());
        boolean changes = stride != 1 || inChannels != outChannels;
        downsample = changes && shortcut == Shortcut.B ? addChildBlock("downsample", new NamedSequence()
                .then("0", Layers3d.conv(outChannels, 1, stride, 0))
                .then("1", Layers3d.batchNorm())) : null;
        zeroPadShortcut = changes && shortcut == Shortcut.A;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList out = conv1.forward(parameterStore, inputs, training, params);
        out = step(bn1, parameterStore, out, training, params);
        out = relu(out);
        out = step(conv2, parameterStore, out, training, params);
        out = step(bn2, parameterStore, out, training, params);
        NDArray x = inputs.singletonOrThrow();
        NDArray residual = downsample != null ? downsample.forward(parameterStore, inputs, training, params)
                .singletonOrThrow() : zeroPadShortcut ? zeroPadded(x) : x;
        return addThenRelu(out, residual, x);
    }

    /** Shortcut A: every {@code stride}-th element along T, H and W, then zero channels up to the new width. */
    private NDArray zeroPadded(NDArray x) {
        String step = "::" + stride;
        try (NDArray subsampled = x.get(":, :, " + step + ", " + step + ", " + step)) {
            Shape shape = subsampled.getShape();
            try (NDArray zeros = x.getManager().zeros(new Shape(shape.get(0), outChannels - shape.get(1),
                    shape.get(2), shape.get(3), shape.get(4)), x.getDataType(), x.getDevice())) {
                return NDArrays.concat(new NDList(subsampled, zeros), 1);
            }
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return conv2.getOutputShapes(conv1.getOutputShapes(inputShapes));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        conv1.initialize(manager, dataType, inputShapes);
        Shape[] afterConv1 = conv1.getOutputShapes(inputShapes);
        bn1.initialize(manager, dataType, afterConv1);
        conv2.initialize(manager, dataType, afterConv1);
        bn2.initialize(manager, dataType, conv2.getOutputShapes(afterConv1));
        if (downsample != null) {
            downsample.initialize(manager, dataType, inputShapes);
        }
    }
}
