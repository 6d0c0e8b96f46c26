package org.kissdetect.resnet3d.internal.network;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv3d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;

/** The parameterised layers of the 3D ResNet, with PyTorch's defaults spelled out. */
final class Layers3d {

    private Layers3d() {
    }

    static Block conv(int filters, Shape kernel, Shape stride, Shape padding) {
        return Conv3d.builder().setFilters(filters).setKernelShape(kernel).optStride(stride).optPadding(padding)
                .optBias(false).build();
    }

    static Block conv(int filters, int kernel, int stride, int padding) {
        return conv(filters, cube(kernel), cube(stride), cube(padding));
    }

    /** PyTorch's BatchNorm3d: eps 1e-5, momentum 0.1 (DJL counts momentum the other way round: 0.9), axis 1. */
    static Block batchNorm() {
        return BatchNorm.builder().optEpsilon(1e-5f).optMomentum(0.9f).build();
    }

    static Block linear(int units) {
        return Linear.builder().setUnits(units).build();
    }

    static Shape cube(int side) {
        return new Shape(side, side, side);
    }
}
