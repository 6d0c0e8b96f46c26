package org.kissdetect.resnet3d.internal.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A sequence of blocks named like the modules of a PyTorch {@code nn.Sequential} ({@code 0}, {@code 1}, ...), so
 * that {@link TorchNames} gives every parameter its state-dict name. Each intermediate result is closed as soon as
 * the next block has consumed it, so a pass keeps two activations alive instead of all of them.
 */
final class TorchSequence extends SequentialBlock {

    TorchSequence then(String name, Block block) {
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
                closeUnused(current, next);
            }
            current = next;
        }
        return current;
    }

    /** Closes the arrays of {@code consumed} that {@code produced} does not pass on. */
    static void closeUnused(NDList consumed, NDList produced) {
        for (NDArray array : consumed) {
            if (produced.stream().noneMatch(kept -> kept == array)) {
                array.close();
            }
        }
    }
}
