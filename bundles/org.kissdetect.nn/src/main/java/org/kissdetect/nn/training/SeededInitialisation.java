package org.kissdetect.nn.training;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import org.kissdetect.nn.TorchNames;

/**
 * Random initial weights drawn in Java, so that a seed gives the same bits on every machine and every engine
 * build: each tensor has its own SplitMix64 stream, seeded from the seed and the FNV-1a hash of the tensor's
 * reference name (so a branch's weights do not depend on which other branches the network has).
 * <ul>
 * <li>backbone convolution and linear weights: He-uniform, {@code U(-sqrt(6 / fanIn), sqrt(6 / fanIn))}, which
 * keeps activations' scale through ReLUs; their biases 0;</li>
 * <li>batch norm: weight 1, bias 0, running mean 0, running variance 1;</li>
 * <li>the classifier: PyTorch's {@code nn.Linear} default, weight and bias {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))}.</li>
 * </ul>
 * A value is {@code (float) ((2u - 1) * bound)} with {@code u} the top 53 bits of the stream's next output over
 * 2^53: plain IEEE double arithmetic, identical wherever Java runs.
 */
public final class SeededInitialisation {

    /** The name of this scheme, recorded in provenance and checkpoints. */
    public static final String SCHEME = "kissdetect-he-uniform-splitmix64-v1";

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private SeededInitialisation() {
    }

    /**
     * Sets every parameter whose reference name starts with one of the prefixes; the linear layer is the one
     * named {@code classifier.} (the paper's detectors).
     *
     * @param parameters reference name to initialised parameter, as {@code TorchNames.of(network)} gives them
     * @param seed       the seed
     * @param prefixes   the name prefixes to set, such as {@code image.} and {@code classifier.}
     */
    public static void apply(Map<String, Parameter> parameters, long seed, String... prefixes) {
        applyWithHead(parameters, seed, "classifier.", prefixes);
    }

    /**
     * Sets every parameter whose reference name starts with one of the prefixes.
     *
     * @param parameters reference name to initialised parameter, as {@code TorchNames.of(network)} gives them
     * @param seed       the seed
     * @param head       the name prefix of the linear layer, initialised as PyTorch's {@code nn.Linear}
     * @param prefixes   the name prefixes to set, such as {@code layer1.} and {@code fc.}
     */
    public static void applyWithHead(Map<String, Parameter> parameters, long seed, String head, String... prefixes) {
        for (Map.Entry<String, Parameter> entry : parameters.entrySet()) {
            String name = entry.getKey();
            for (String prefix : prefixes) {
                if (name.startsWith(prefix)) {
                    NDArray array = entry.getValue().getArray();
                    float[] values = values(name, entry.getValue().getType(), array.getShape(), fanIn(parameters, name),
                            seed, name.startsWith(head));
                    try (NDArray staged = array.getManager().create(values, array.getShape())) {
                        array.intern(staged.duplicate());
                    }
                    break;
                }
            }
        }
    }

    /**
     * The initial values of one tensor.
     *
     * @param name  its reference name
     * @param type  its kind
     * @param shape its shape
     * @param fanIn the inputs of each output unit of the layer it belongs to
     * @param seed  the seed
     * @return the values, row-major
     */
    static float[] values(String name, Parameter.Type type, Shape shape, long fanIn, long seed) {
        return values(name, type, shape, fanIn, seed, name.startsWith("classifier."));
    }

    private static float[] values(String name, Parameter.Type type, Shape shape, long fanIn, long seed,
            boolean classifier) {
        float[] values = new float[Math.toIntExact(shape.size())];
        double bound = switch (type) {
            case WEIGHT -> classifier ? 1 / Math.sqrt(fanIn) : Math.sqrt(6.0 / fanIn);
            case BIAS -> classifier ? 1 / Math.sqrt(fanIn) : 0;
            default -> 0;
        };
        if (bound > 0) {
            long state = mix(seed ^ fnv1a(name));
            for (int i = 0; i < values.length; i++) {
                state += GOLDEN;
                double u = (mix(state) >>> 11) * 0x1.0p-53;
                values[i] = (float) ((2 * u - 1) * bound);
            }
        } else if (type == Parameter.Type.GAMMA || type == Parameter.Type.RUNNING_VAR) {
            Arrays.fill(values, 1f);
        }
        return values;
    }

    /** The fan-in of the layer a tensor belongs to: its weight's size over its output units. */
    private static long fanIn(Map<String, Parameter> parameters, String name) {
        String weight = name.substring(0, name.lastIndexOf('.') + 1) + "weight";
        Parameter layer = parameters.getOrDefault(weight, parameters.get(name));
        Shape shape = layer.getArray().getShape();
        return shape.dimension() < 2 ? 1 : shape.size() / shape.get(0);
    }

    /** SplitMix64's output function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a of the name's UTF-8 bytes. */
    static long fnv1a(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
