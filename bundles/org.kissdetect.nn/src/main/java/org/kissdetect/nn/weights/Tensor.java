package org.kissdetect.nn.weights;

import java.util.Arrays;

/**
 * A named float32 tensor in row-major order. The array is shared, not copied.
 *
 * @param name   its state-dict name
 * @param shape  its dimensions
 * @param values its values
 */
public record Tensor(String name, int[] shape, float[] values) {

    /** Checks that the values fill the shape. */
    public Tensor {
        long count = 1;
        for (int dimension : shape) {
            count *= dimension;
        }
        if (count != values.length) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " needs " + count
                    + " values, got " + values.length);
        }
    }
}
