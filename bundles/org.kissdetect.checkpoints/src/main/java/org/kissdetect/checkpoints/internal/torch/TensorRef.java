package org.kissdetect.checkpoints.internal.torch;

/**
 * A tensor as a rebuild call describes it: a view of a storage, not yet read.
 *
 * @param storage the storage
 * @param offset  the first element's index in the storage (in elements)
 * @param size    the size of each dimension
 * @param stride  the step between neighbours in each dimension, in elements
 */
record TensorRef(StorageRef storage, long offset, long[] size, long[] stride) {

    @Override
    public String toString() {
        return "a tensor";
    }
}
