package org.kissdetect.densenet.internal.network;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;

/** The layers DenseNet-121 is made of, with PyTorch's defaults spelled out. */
final class Layers {

    private Layers() {
    }

    /** A convolution without bias, as every convolution of torchvision's DenseNet. */
    static Block conv(int filters, int kernel, int stride, int padding) {
        return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride)).optPadding(new Shape(padding, padding)).optBias(false).build();
    }

    /** PyTorch's BatchNorm2d: eps 1e-5, momentum 0.1 (DJL counts momentum the other way round: 0.9). */
    static Block batchNorm() {
        return BatchNorm.builder().optEpsilon(1e-5f).optMomentum(0.9f).build();
    }
}
