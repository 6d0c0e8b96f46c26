package org.kissdetect.api.checkpoint;

import java.util.Arrays;

/**
 * One tensor of a state dict, copied out of its storage in row-major order of its shape (views, strides and storage
 * offsets resolved). Arrays are shared, not copied: treat them as read-only.
 *
 * @param name     its state-dict name, without a {@code module.} prefix
 * @param type     its element type in the checkpoint
 * @param shape    its dimensions (empty for a scalar)
 * @param floats   the values of a floating tensor as float32, else {@code null}
 * @param integers the values of an integer tensor, else {@code null}
 */
public record CheckpointTensor(String name, TensorType type, int[] shape, float[] floats, long[] integers) {

    /** Checks that exactly the array of the type's kind is given and that it holds the shape's element count. */
    public CheckpointTensor {
        if (name == null || type == null || shape == null) {
            throw new IllegalArgumentException("a tensor needs a name, a type and a shape");
        }
        long count = elementCount(shape);
        boolean floating = type.isFloating();
        if (floating ? floats == null || integers != null : integers == null || floats != null) {
            throw new IllegalArgumentException(name + ": a " + type + " tensor holds "
                    + (floating ? "floats" : "integers") + " only");
        }
        int length = floating ? floats.length : integers.length;
        if (length != count) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " needs " + count
                    + " values, got " + length);
        }
    }

    /** @return the number of elements: the product of the shape */
    public long elementCount() {
        return elementCount(shape);
    }

    private static long elementCount(int[] shape) {
        long count = 1;
        for (int dimension : shape) {
            if (dimension < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            count = Math.multiplyExact(count, dimension);
        }
        return count;
    }
}
