package org.kissdetect.classify.internal.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongToDoubleFunction;

import org.kissdetect.classify.internal.weights.TestSafetensors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code backbone-parity/fixture.json} (copied from the shared fixtures): closed formulas for every weight of a
 * backbone under its reference state-dict name, a formula input, and PyTorch's output for it.
 */
final class ParityFixture {

    /** The rules the fixture uses, applied to s = sin(0.37 i + 1.3 k) (the fan-in rule is handled apart). */
    private static final Map<String, DoubleUnaryOperator> RULES = Map.of(
            "1 + 0.1*s", s -> 1 + 0.1 * s,
            "0.1*s", s -> 0.1 * s,
            "1 + 0.5*abs(s)", s -> 1 + 0.5 * Math.abs(s),
            "0.01*s", s -> 0.01 * s);
    private static final String FAN_IN_RULE = "(2/sqrt(fan_in))*s, fan_in = product of all dims but the first";

    private final String backbone;
    private final JsonNode node;

    private ParityFixture(String backbone, JsonNode node) {
        this.backbone = backbone;
        this.node = node;
    }

    static ParityFixture load(String backbone) {
        try (InputStream in = resource("fixture.json")) {
            return new ParityFixture(backbone, new ObjectMapper().readTree(in).get(backbone));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the formula weights under their reference names, in state-dict order. */
    Path writeWeights(Path file) throws IOException {
        List<TestSafetensors.Tensor> tensors = new ArrayList<>();
        for (JsonNode tensor : node.get("weights").get("tensors")) {
            long[] shape = longs(tensor.get("shape"));
            int k = tensor.get("index").asInt();
            DoubleUnaryOperator rule = rule(tensor.get("rule").asText(), shape);
            LongToDoubleFunction values = i -> rule.applyAsDouble(Math.sin(0.37 * i + 1.3 * k));
            tensors.add(new TestSafetensors.Tensor(tensor.get("name").asText(), shape, values));
        }
        return TestSafetensors.write(file, tensors);
    }

    private static DoubleUnaryOperator rule(String text, long[] shape) {
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

    long[] inputShape() {
        return longs(node.get("input").get("shape"));
    }

    /** The formula input: sin(0.011 i) for ResNet-18, 2 sin(0.013 i) - 3 for VGGish. */
    float[] input() {
        String formula = node.get("input").get("formula").asText();
        DoubleUnaryOperator value;
        if (formula.startsWith("x[i] = sin(0.011*i),")) {
            value = i -> Math.sin(0.011 * i);
        } else if (formula.startsWith("x[i] = 2*sin(0.013*i) - 3,")) {
            value = i -> 2 * Math.sin(0.013 * i) - 3;
        } else {
            throw new IllegalArgumentException(backbone + ": an input formula this test does not know: " + formula);
        }
        long size = 1;
        for (long d : inputShape()) {
            size *= d;
        }
        float[] x = new float[(int) size];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) value.applyAsDouble(i);
        }
        return x;
    }

    float[] expected() throws IOException {
        try (InputStream in = resource(node.get("expected").asText())) {
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            float[] expected = new float[bytes.remaining() / 4];
            bytes.asFloatBuffer().get(expected);
            return expected;
        }
    }

    private static long[] longs(JsonNode array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asLong();
        }
        return values;
    }

    private static InputStream resource(String name) {
        InputStream in = ParityFixture.class.getResourceAsStream("/backbone-parity/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource backbone-parity/" + name);
        }
        return in;
    }
}
