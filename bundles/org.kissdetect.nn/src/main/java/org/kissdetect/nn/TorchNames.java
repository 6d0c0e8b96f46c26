package org.kissdetect.nn;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;

/**
 * The parameters of a block under the names PyTorch gives them ({@code layer1.0.bn1.running_mean}), in the
 * order of the reference state dict. A child's name is its DJL name without the two-digit position DJL adds;
 * parameters are named by their type, as PyTorch names a convolution's, a linear layer's or a batch norm's.
 */
public final class TorchNames {

    private TorchNames() {
    }

    /**
     * Names every parameter of a block.
     *
     * @param block a block built from named children ({@link NamedSequence} and the networks here)
     * @return reference name to parameter, in state-dict order
     */
    public static Map<String, Parameter> of(Block block) {
        Map<String, Parameter> named = new LinkedHashMap<>();
        collect(block, "", named);
        return named;
    }

    private static void collect(Block block, String prefix, Map<String, Parameter> named) {
        for (Parameter parameter : block.getDirectParameters().values()) {
            named.put(prefix + torchName(parameter), parameter);
        }
        PairList<String, Block> children = block.getChildren();
        for (int i = 0; i < children.size(); i++) {
            String position = String.format("%02d", i + 1);
            String name = children.keyAt(i).substring(position.length());
            collect(children.valueAt(i), prefix + name + ".", named);
        }
    }

    private static String torchName(Parameter parameter) {
        return switch (parameter.getType()) {
            case WEIGHT, GAMMA -> "weight";
            case BIAS, BETA -> "bias";
            case RUNNING_MEAN -> "running_mean";
            case RUNNING_VAR -> "running_var";
            default -> throw new IllegalArgumentException("no PyTorch name for parameter " + parameter.getName()
                    + " of type " + parameter.getType());
        };
    }
}
