package org.kissdetect.classify.internal.network;

import java.util.Iterator;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;

/**
 * Folds evaluation-mode batch norm into the convolution before it, for inference: a convolution with weights W
 * followed by {@code gamma * (y - mean) / sqrt(var + eps) + beta} is one convolution with weights {@code W * s}
 * and bias {@code beta - mean * s}, where {@code s = gamma / sqrt(var + eps)} per output channel. Exact up to
 * float rounding, and the folded network runs one operation per convolution instead of two. Training keeps the
 * unfolded network: folding freezes the running statistics.
 */
public final class BatchNormFolding {

    private BatchNormFolding() {
    }

    /**
     * Gives a folded network ({@link ResNet18#buildFolded()}) the weights that make it compute what a loaded one
     * in its saved form ({@link ResNet18#build()}) computes in evaluation.
     *
     * @param unfolded reference name to loaded parameter, in state-dict order: each convolution's weight followed
     *                 by its batch norm's weight, bias, running mean and running variance
     * @param folded   reference name to initialised parameter on the same device: each convolution's weight and
     *                 bias; their arrays are replaced, the unfolded ones are left as they are
     * @throws IllegalArgumentException when the two do not have that layout
     */
    public static void fold(Map<String, Parameter> unfolded, Map<String, Parameter> folded) {
        Iterator<Map.Entry<String, Parameter>> saved = unfolded.entrySet().iterator();
        int convolutions = 0;
        while (saved.hasNext()) {
            Map.Entry<String, Parameter> weight = saved.next();
            String convolution = module(weight.getKey());
            expect(weight, Parameter.Type.WEIGHT, convolution);
            fold(weight.getValue().getArray(), array(saved, Parameter.Type.GAMMA, convolution),
                    array(saved, Parameter.Type.BETA, convolution),
                    array(saved, Parameter.Type.RUNNING_MEAN, convolution),
                    array(saved, Parameter.Type.RUNNING_VAR, convolution), folded, convolution);
            convolutions++;
        }
        if (folded.size() != 2 * convolutions) {
            throw new IllegalArgumentException("the folded network has " + folded.size() + " parameters, expected "
                    + "a weight and a bias for each of the " + convolutions + " convolutions");
        }
    }

    /** In double precision, so that each folded value is the exact one rounded once to float. */
    private static void fold(NDArray weight, NDArray gamma, NDArray beta, NDArray mean, NDArray variance,
            Map<String, Parameter> folded, String convolution) {
        try (NDManager scratch = weight.getManager().newSubManager()) {
            scratch.tempAttachAll(weight, gamma, beta, mean, variance);
            NDArray scale = wide(gamma).div(wide(variance).add((double) Layers.BATCH_NORM_EPSILON).sqrt());
            NDArray perChannel = scale.reshape(scale.size(), 1, 1, 1);
            replace(folded, convolution + ".weight", wide(weight).mul(perChannel));
            replace(folded, convolution + ".bias", wide(beta).sub(wide(mean).mul(scale)));
        }
    }

    private static NDArray wide(NDArray array) {
        return array.toType(DataType.FLOAT64, true);
    }

    private static void replace(Map<String, Parameter> folded, String name, NDArray value) {
        Parameter parameter = folded.get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("the folded network has no parameter " + name);
        }
        NDArray target = parameter.getArray();
        if (!target.getShape().equals(value.getShape())) {
            throw new IllegalArgumentException("folded " + name + " has shape " + target.getShape() + ", its value "
                    + value.getShape());
        }
        target.intern(value.toType(DataType.FLOAT32, true));
    }

    private static NDArray array(Iterator<Map.Entry<String, Parameter>> saved, Parameter.Type type,
            String convolution) {
        if (!saved.hasNext()) {
            throw new IllegalArgumentException("convolution " + convolution + " has no batch norm after it");
        }
        Map.Entry<String, Parameter> parameter = saved.next();
        expect(parameter, type, convolution);
        return parameter.getValue().getArray();
    }

    private static void expect(Map.Entry<String, Parameter> parameter, Parameter.Type type, String convolution) {
        if (parameter.getValue().getType() != type) {
            throw new IllegalArgumentException("expected the " + type + " of convolution " + convolution
                    + " or of its batch norm, found " + parameter.getKey());
        }
    }

    private static String module(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }
}
