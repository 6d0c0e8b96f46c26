package org.kissdetect.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The steps of a residual block's forward pass, each releasing what the next no longer needs, so a block keeps at
 * most two activations alive: the 2D and the 3D ResNets' blocks both run on them.
 */
public final class ResidualPass {

    private ResidualPass() {
    }

    /** Runs a block and closes the arrays of {@code input} that its output does not pass on. */
    public static NDList step(Block block, ParameterStore parameterStore, NDList input, boolean training,
            PairList<String, Object> params) {
        NDList output = block.forward(parameterStore, input, training, params);
        NamedSequence.releaseUnused(input, output);
        return output;
    }

    /** ReLU of {@code input}, closing it. */
    public static NDList relu(NDList input) {
        NDArray output = Activation.relu(input.singletonOrThrow());
        input.close();
        return new NDList(output);
    }

    /**
     * ReLU of the branch plus the shortcut, closing the branch and, unless it is the block's own input, the shortcut.
     *
     * @param branch   the residual branch's output
     * @param shortcut the shortcut's output
     * @param input    the block's input, which the caller still owns
     * @return the block's output
     */
    public static NDList addThenRelu(NDList branch, NDArray shortcut, NDArray input) {
        NDArray sum = branch.singletonOrThrow().add(shortcut);
        branch.close();
        if (shortcut != input) {
            shortcut.close();
        }
        try (NDArray summed = sum) {
            return new NDList(Activation.relu(summed));
        }
    }
}
