package org.kissdetect.nn.training;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Adam as PyTorch's {@code torch.optim.Adam} computes it (no weight decay, no amsgrad):
 * {@code m = b1 m + (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2},
 * {@code p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)}. Written here rather than taken from DJL, whose
 * optimiser keeps its moments where a checkpoint cannot reach them and adds epsilon before the bias correction.
 * Gradients are zeroed after each step.
 */
public final class Adam {

    /** The paper's learning rate, PyTorch's default. */
    public static final double LEARNING_RATE = 0.001;
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final Map<String, Parameter> parameters;
    private final double learningRate;
    private final Map<String, NDArray> means = new LinkedHashMap<>();
    private final Map<String, NDArray> variances = new LinkedHashMap<>();
    private long steps;

    /**
     * An optimiser with zero moments and the paper's learning rate.
     *
     * @param parameters the parameters it updates, by reference name
     * @param manager    where its moments live
     */
    public Adam(Map<String, Parameter> parameters, NDManager manager) {
        this(parameters, manager, LEARNING_RATE);
    }

    /**
     * An optimiser with zero moments.
     *
     * @param parameters   the parameters it updates, by reference name
     * @param manager      where its moments live
     * @param learningRate the step size, positive and finite
     */
    public Adam(Map<String, Parameter> parameters, NDManager manager, double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("Adam's learning rate must be positive and finite, got " + learningRate);
        }
        this.parameters = parameters;
        this.learningRate = learningRate;
        parameters.forEach((name, parameter) -> {
            means.put(name, manager.zeros(parameter.getArray().getShape()));
            variances.put(name, manager.zeros(parameter.getArray().getShape()));
        });
    }

    /** @return the step size */
    public double learningRate() {
        return learningRate;
    }

    /** @return the steps taken */
    public long steps() {
        return steps;
    }

    /** @return the first moments by parameter name, live */
    public Map<String, NDArray> means() {
        return means;
    }

    /** @return the second moments by parameter name, live */
    public Map<String, NDArray> variances() {
        return variances;
    }

    /** Restores the step count of a checkpoint (its moments are copied into {@link #means()} and {@link #variances()}). */
    public void restoreSteps(long count) {
        steps = count;
    }

    /** Applies one step with the gradients the last backward pass left, then zeroes them. */
    public void step() {
        steps++;
        double correction1 = 1 - Math.pow(BETA1, steps);
        double correction2 = Math.sqrt(1 - Math.pow(BETA2, steps));
        boolean gradMode = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try {
            for (Map.Entry<String, Parameter> entry : parameters.entrySet()) {
                NDArray weight = entry.getValue().getArray();
                NDArray m = means.get(entry.getKey());
                NDArray v = variances.get(entry.getKey());
                try (NDArray gradient = weight.getGradient()) {
                    try (NDArray scaled = gradient.mul(1 - BETA1)) {
                        m.muli(BETA1).addi(scaled);
                    }
                    try (NDArray squared = gradient.square().muli(1 - BETA2)) {
                        v.muli(BETA2).addi(squared);
                    }
                    try (NDArray denominator = v.sqrt().divi(correction2).addi(EPSILON);
                            NDArray update = m.div(denominator).muli(learningRate / correction1)) {
                        weight.subi(update);
                    }
                }
                JniUtils.zeroGrad((PtNDArray) weight);
            }
        } finally {
            JniUtils.setGradMode(gradMode);
        }
    }
}
