package org.kissdetect.resnet3d.internal.network;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;

/**
 * The parameters of a block under the names PyTorch gives them ({@code layer1.0.bn1.running_mean}), in state-dict
 * order. A child's name is its DJL name without the two-digit position DJL puts before it; a parameter is named by
 * its type, as PyTorch names those of a convolution, a linear layer or a batch norm.
 */
public final class TorchNames {

    private static final int POSITION_DIGITS = 2;

    private TorchNames() {
    }

    /**
     * @param block a block built from named children
     * @return state-dict name to parameter, in order
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
            String name = children.keyAt(i).substring(POSITION_DIGITS);
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
