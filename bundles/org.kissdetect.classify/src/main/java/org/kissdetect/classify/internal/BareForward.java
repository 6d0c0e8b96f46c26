package org.kissdetect.classify.internal;

import java.util.function.IntUnaryOperator;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/** The baseline of {@code bench classify}: a backbone's bare forward passes on a random batch, nothing around them. */
final class BareForward {

    private final Engine engine;
    private final Device device;
    private final int[] batches;
    private final IntUnaryOperator passes;

    BareForward(Engine engine, Device device, int[] batches, IntUnaryOperator passes) {
        this.engine = engine;
        this.device = device;
        this.batches = batches;
        this.passes = passes;
    }

    /**
     * Times a backbone with random weights.
     *
     * @param backbone an uninitialised backbone
     * @param sample   the shape of one sample
     * @return samples per second at each batch size, the best of {@link ClassificationRun#ROUNDS} rounds
     */
    double[] samplesPerSecond(Block backbone, Shape sample) {
        double[] perSecond = new double[batches.length];
        try (NDManager parameters = engine.newBaseManager(device)) {
            backbone.initialize(parameters, DataType.FLOAT32, new Shape(1).addAll(sample));
            backbone.freezeParameters(true);
            for (int b = 0; b < batches.length; b++) {
                try (NDManager inputs = parameters.newSubManager()) {
                    NDArray batch = inputs.randomNormal(new Shape(batches[b]).addAll(sample));
                    forward(backbone, parameters, batch);
                    int count = passes.applyAsInt(batches[b]);
                    for (int round = 0; round < ClassificationRun.ROUNDS; round++) {
                        long start = System.nanoTime();
                        for (int pass = 0; pass < count; pass++) {
                            forward(backbone, parameters, batch);
                        }
                        perSecond[b] = Math.max(perSecond[b], count * batches[b] / ClassificationRun.seconds(start));
                    }
                }
            }
        }
        return perSecond;
    }

    /** One pass in its own scope: the batch lends itself to it and comes back, the activations are freed. */
    private static void forward(Block backbone, NDManager parameters, NDArray batch) {
        try (NDManager pass = parameters.newSubManager()) {
            pass.tempAttachAll(batch);
            backbone.forward(new ParameterStore(parameters, false), new NDList(batch), false).singletonOrThrow()
                    .toFloatArray();
        }
    }
}
