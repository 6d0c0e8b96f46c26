package org.kissdetect.classify.internal.network;

import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;

/**
 * Gives initialised batch norms random statistics and affine parameters in place of DJL's identity ones (mean 0,
 * variance 1, gamma 1, beta 0), under which folding them barely changes a convolution: what tests of folding need.
 * The ranges shrink more than they grow, so that ResNet-18's features stay near 1 (about 100 with identity batch
 * norms) and a detector's probabilities do not saturate. Uses libtorch's generator: the engine's seed decides.
 */
public final class RandomBatchNorm {

    private RandomBatchNorm() {
    }

    /** @param parameters the parameters of initialised blocks; those of batch norms get random values */
    public static void apply(Map<String, Parameter> parameters) {
        for (Parameter parameter : parameters.values()) {
            switch (parameter.getType()) {
                case GAMMA -> replace(parameter, 0.5f, 1f);
                case BETA, RUNNING_MEAN -> replace(parameter, -0.2f, 0.2f);
                case RUNNING_VAR -> replace(parameter, 1f, 3f);
                default -> {
                }
            }
        }
    }

    private static void replace(Parameter parameter, float low, float high) {
        NDArray array = parameter.getArray();
        Shape shape = array.getShape();
        array.intern(array.getManager().randomUniform(low, high, shape));
    }
}
