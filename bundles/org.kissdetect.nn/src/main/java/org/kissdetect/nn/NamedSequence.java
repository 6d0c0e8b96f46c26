package org.kissdetect.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A sequence of blocks named like the modules of a PyTorch {@code nn.Sequential} or {@code nn.Module}, so that
 * {@link TorchNames} can give every parameter its reference name ({@code layer1.0.conv1.weight}). Intermediate
 * results are released as soon as the next block has consumed them: a forward pass keeps at most two
 * activations alive instead of all of them (libtorch's autograd keeps its own references when training).
 */
public final class NamedSequence extends SequentialBlock {

    /**
     * Appends a block.
     *
     * @param name  its name in the reference state dict ({@code conv1}, or {@code 0}, {@code 1}, ... in a sequence)
     * @param block the block
     * @return this sequence
     */
    public NamedSequence then(String name, Block block) {
        addChildBlock(name, block);
        return this;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList current = inputs;
        for (Block block : children.values()) {
            NDList next = block.forward(parameterStore, current, training, params);
            if (current != inputs) {
                releaseUnused(current, next);
            }
            current = next;
        }
        return current;
    }

    /** Closes the arrays of {@code consumed} that {@code produced} does not pass on. */
    public static void releaseUnused(NDList consumed, NDList produced) {
        for (NDArray array : consumed) {
            if (produced.stream().noneMatch(kept -> kept == array)) {
                array.close();
            }
        }
    }
}
