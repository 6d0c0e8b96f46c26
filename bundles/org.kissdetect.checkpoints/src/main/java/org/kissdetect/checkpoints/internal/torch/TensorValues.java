package org.kissdetect.checkpoints.internal.torch;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.TensorType;
import org.kissdetect.checkpoints.internal.pickle.PickleException;

/**
 * Copies a tensor out of its storage's bytes in row-major order of its shape, resolving offset and strides, and
 * converts its elements to float32 or int64. Every index is checked against the storage before anything is read.
 */
final class TensorValues {

    /** The longest Java array. */
    private static final long MOST_ELEMENTS = Integer.MAX_VALUE - 8;

    private TensorValues() {
    }

    /**
     * Checks that the tensor can be imported and lies inside its storage (view).
     *
     * @return its number of elements
     */
    static long check(String name, TensorRef tensor) throws PickleException {
        StorageRef storage = tensor.storage();
        if (storage.type().tensorType().isEmpty()) {
            throw new PickleException("holds tensor " + name + " of " + storage.type()
                    + ", which the import does not read (float16, bfloat16, float32, float64, int32, int64 only)");
        }
        long count = 1;
        long last = tensor.offset();
        try {
            for (int d = 0; d < tensor.size().length; d++) {
                count = Math.multiplyExact(count, tensor.size()[d]);
                if (tensor.size()[d] > 0) {
                    last = Math.addExact(last, Math.multiplyExact(tensor.size()[d] - 1, tensor.stride()[d]));
                }
            }
        } catch (ArithmeticException e) {
            throw new PickleException("declares tensor " + name + " of sizes that overflow: "
                    + Arrays.toString(tensor.size()));
        }
        for (long size : tensor.size()) {
            if (size > Integer.MAX_VALUE) {
                throw new PickleException("declares tensor " + name + " with a dimension of " + size);
            }
        }
        if (count > MOST_ELEMENTS) {
            throw new PickleException("declares tensor " + name + " of " + count + " elements; at most "
                    + MOST_ELEMENTS + " are read");
        }
        if (count > 0 && last >= storage.viewNumel()) {
            throw new PickleException("declares tensor " + name + " " + Arrays.toString(tensor.size())
                    + " at offset " + tensor.offset() + " with strides " + Arrays.toString(tensor.stride())
                    + ", which needs element " + last + " of a storage of " + storage.viewNumel());
        }
        return count;
    }

    /** @return the bytes the delivered values take: 4 a float, 8 an integer */
    static long outputBytes(TensorRef tensor, long count) {
        return count * (tensor.storage().type().tensorType().orElseThrow().isFloating() ? Float.BYTES : Long.BYTES);
    }

    /**
     * @param storage the root storage's bytes, in the file's byte order, of exactly {@code numel * elementSize}
     */
    static CheckpointTensor read(String name, TensorRef tensor, ByteBuffer storage) {
        TensorType type = tensor.storage().type().tensorType().orElseThrow();
        int[] shape = Arrays.stream(tensor.size()).mapToInt(Math::toIntExact).toArray();
        int count = Math.toIntExact(Arrays.stream(tensor.size()).reduce(1, Math::multiplyExact));
        long start = tensor.storage().viewOffset() + tensor.offset();
        ElementReader reader = ElementReader.of(tensor.storage().type(), storage);
        if (type.isFloating()) {
            float[] values = new float[count];
            walk(tensor, start, count, (i, index) -> values[i] = reader.floatAt(index));
            return new CheckpointTensor(name, type, shape, values, null);
        }
        long[] values = new long[count];
        walk(tensor, start, count, (i, index) -> values[i] = reader.longAt(index));
        return new CheckpointTensor(name, type, shape, null, values);
    }

    private interface ElementCopy {
        void copy(int position, long storageIndex);
    }

    /** Visits the elements in row-major order: position in the result, index in the storage. */
    private static void walk(TensorRef tensor, long start, int count, ElementCopy copy) {
        long[] size = tensor.size();
        long[] stride = tensor.stride();
        int dimensions = size.length;
        long[] at = new long[dimensions];
        long index = start;
        for (int i = 0; i < count; i++) {
            copy.copy(i, index);
            for (int d = dimensions - 1; d >= 0; d--) {
                if (++at[d] < size[d]) {
                    index += stride[d];
                    break;
                }
                index -= (size[d] - 1) * stride[d];
                at[d] = 0;
            }
        }
    }
}
