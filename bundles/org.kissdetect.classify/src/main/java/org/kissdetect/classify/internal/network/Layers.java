package org.kissdetect.classify.internal.network;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;

/** The layers both backbones are made of, with PyTorch's defaults spelled out. */
final class Layers {

    /** PyTorch's BatchNorm2d default. */
    static final float BATCH_NORM_EPSILON = 1e-5f;

    private Layers() {
    }

    static Block conv(int filters, int kernel, int stride, int padding, boolean bias) {
        return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride)).optPadding(new Shape(padding, padding)).optBias(bias).build();
    }

    /** PyTorch's BatchNorm2d: eps 1e-5, momentum 0.1 (DJL counts momentum the other way round: 0.9). */
    static Block batchNorm() {
        return BatchNorm.builder().optEpsilon(BATCH_NORM_EPSILON).optMomentum(0.9f).build();
    }

    static Block linear(int units) {
        return Linear.builder().setUnits(units).build();
    }
}
