package org.kissdetect.resnet3d.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.api.checkpoint.TensorType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code r3d34-parity/fixture.json} (copied from the shared fixtures): closed formulas for every tensor of Hara et
 * al.'s 3D ResNet-34 state dicts, a formula clip, and PyTorch's features and logits for it. Case {@code shortcut_b}
 * is the layout of the Kinetics-700 checkpoint, {@code shortcut_a} that of the Kinetics-400 one.
 */
public final class R3d34Fixture {

    /** The rules the fixture uses, applied to s = sin(0.37 i + 1.3 k) (the fan-in rule is handled apart). */
    private static final Map<String, DoubleUnaryOperator> RULES = Map.of(
            "1 + 0.1*s", s -> 1 + 0.1 * s,
            "0.1*s", s -> 0.1 * s,
            "1 + 0.5*abs(s)", s -> 1 + 0.5 * Math.abs(s),
            "0.01*s", s -> 0.01 * s);
    private static final String FAN_IN_RULE = "(2/sqrt(fan_in))*s, fan_in = product of all dims but the first";

    private final String name;
    private final JsonNode node;

    private R3d34Fixture(String name, JsonNode node) {
        this.name = name;
        this.node = node;
    }

    /**
     * @param name {@code shortcut_a} or {@code shortcut_b}
     * @return the case
     */
    public static R3d34Fixture load(String name) {
        try (InputStream in = resource("fixture.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            if (!root.has(name)) {
                throw new IllegalArgumentException("the fixture has no case " + name);
            }
            return new R3d34Fixture(name, root.get(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the tensor names and shapes the fixture lists, in its order */
    public Map<String, int[]> shapes() {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (JsonNode tensor : node.get("weights").get("tensors")) {
            shapes.put(tensor.get("name").asText(), ints(tensor.get("shape")));
        }
        return shapes;
    }

    /**
     * The formula weights as a checkpoint reader delivers them, with a {@code num_batches_tracked} counter after
     * each batch norm's {@code running_var} as in the real checkpoints (the formula's k skips them).
     *
     * @param source the checkpoint file name to record
     * @return the state dict
     */
    public StateDict stateDict(Path source) {
        Map<String, CheckpointTensor> tensors = new LinkedHashMap<>();
        for (JsonNode tensor : node.get("weights").get("tensors")) {
            String tensorName = tensor.get("name").asText();
            int[] shape = ints(tensor.get("shape"));
            int k = tensor.get("index").asInt();
            DoubleUnaryOperator rule = rule(tensor.get("rule").asText(), shape);
            float[] values = new float[count(shape)];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) rule.applyAsDouble(Math.sin(0.37 * i + 1.3 * k));
            }
            tensors.put(tensorName, new CheckpointTensor(tensorName, TensorType.FLOAT32, shape, values, null));
            if (tensorName.endsWith(".running_var")) {
                String counter = tensorName.replace(".running_var", ".num_batches_tracked");
                tensors.put(counter, new CheckpointTensor(counter, TensorType.INT64, new int[0], null,
                        new long[] {1000}));
            }
        }
        return new StateDict(source, "0".repeat(64), tensors);
    }

    private static DoubleUnaryOperator rule(String text, int[] shape) {
        if (FAN_IN_RULE.equals(text)) {
            long fanIn = 1;
            for (int d = 1; d < shape.length; d++) {
                fanIn *= shape[d];
            }
            double scale = 2 / Math.sqrt(fanIn);
            return s -> scale * s;
        }
        DoubleUnaryOperator rule = RULES.get(text);
        if (rule == null) {
            throw new IllegalArgumentException("the fixture uses a rule this test does not know: " + text);
        }
        return rule;
    }

    /** @return the input shape (N, C, T, H, W) */
    public int[] inputShape() {
        return ints(node.get("input").get("shape"));
    }

    /** @return the formula clip, sin(0.011 i) */
    public float[] input() {
        String formula = node.get("input").get("formula").asText();
        if (!formula.startsWith("x[i] = sin(0.011*i),")) {
            throw new IllegalArgumentException(name + ": an input formula this test does not know: " + formula);
        }
        float[] x = new float[count(inputShape())];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(0.011 * i);
        }
        return x;
    }

    /** @return PyTorch's features, (N, 512) */
    public float[] expectedFeatures() throws IOException {
        return floats(node.get("expected_features").asText());
    }

    /** @return PyTorch's logits, (N, classes) */
    public float[] expectedLogits() throws IOException {
        return floats(node.get("expected_logits").asText());
    }

    /** @return the rows of fc */
    public int classes() {
        return node.get("expected_logits_shape").get(1).asInt();
    }

    private static float[] floats(String file) throws IOException {
        try (InputStream in = resource(file)) {
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            float[] values = new float[bytes.remaining() / Float.BYTES];
            bytes.asFloatBuffer().get(values);
            return values;
        }
    }

    private static int count(int[] shape) {
        int count = 1;
        for (int d : shape) {
            count = Math.multiplyExact(count, d);
        }
        return count;
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    private static InputStream resource(String file) {
        InputStream in = R3d34Fixture.class.getResourceAsStream("/r3d34-parity/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource r3d34-parity/" + file);
        }
        return in;
    }
}
