package org.kissdetect.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The gradient of one number a network computes with respect to one of its inputs, for saliency maps (the
 * paper's Figure 8): one forward pass recorded by autograd, one backward pass.
 *
 * <p>Recording is switched on for the calling thread only (libtorch keeps its gradient mode per thread) and put
 * back after. No {@code GradientCollector} is used: DJL allows one at a time in the whole process, so an
 * explanation would fail while a training step of any bundle runs. The network's parameters should be frozen, so
 * that backward computes the input's gradient only and writes nothing into the shared parameters; batch norms
 * keep their running statistics because the caller's forward pass is not a training one.
 */
public final class InputGradient {

    /** Computes the number whose gradient is wanted from the inputs, with the same arrays. */
    @FunctionalInterface
    public interface Score {
        /**
         * @param inputs the network's inputs
         * @return an array of exactly one element
         */
        NDArray of(NDList inputs);
    }

    /**
     * The score and its gradient.
     *
     * @param score    the number computed
     * @param gradient its gradient with respect to the chosen input, of the input's shape, in the input's manager
     */
    public record Result(float score, NDArray gradient) {
    }

    private InputGradient() {
    }

    /**
     * Computes the gradient of {@code score} with respect to {@code inputs.get(index)}; the other inputs are held
     * fixed.
     *
     * @param inputs arrays of one pass, none of which requires a gradient yet
     * @param index  which of them to differentiate against
     * @param score  what to differentiate
     * @return the score and the gradient
     * @throws IllegalArgumentException when the score is not a single number
     */
    public static Result of(NDList inputs, int index, Score score) {
        NDArray input = inputs.get(index);
        boolean gradMode = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            input.setRequiresGradient(true);
            NDArray value = score.of(inputs);
            if (value.size() != 1) {
                throw new IllegalArgumentException("a gradient is taken of one number, the score has shape "
                        + value.getShape());
            }
            float scalar = value.toFloatArray()[0];
            JniUtils.backward((PtNDArray) value, (PtNDArray) value.onesLike(), false, false);
            return new Result(scalar, input.getGradient());
        } finally {
            JniUtils.setGradMode(gradMode);
        }
    }

    /**
     * The saliency map of one picture: the largest absolute value of the gradient over its colour channels.
     *
     * @param gradient (1, C, H, W): one picture's gradient
     * @return H x W values, row-major
     * @throws IllegalArgumentException when the gradient has another shape
     */
    public static float[] channelMaximum(NDArray gradient) {
        if (gradient.getShape().dimension() != 4 || gradient.getShape().get(0) != 1) {
            throw new IllegalArgumentException("a picture's gradient is (1, C, H, W), got " + gradient.getShape());
        }
        try (NDArray magnitude = gradient.abs(); NDArray maximum = magnitude.max(new int[] {1})) {
            return maximum.toFloatArray();
        }
    }
}
