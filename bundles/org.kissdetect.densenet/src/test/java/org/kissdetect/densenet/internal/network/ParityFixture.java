package org.kissdetect.densenet.internal.network;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code densenet121-parity/fixture.json} (copied from the shared fixtures): closed formulas for every weight of
 * DenseNet-121 under its state-dict name, a formula input, and PyTorch's output for it.
 */
public final class ParityFixture {

    /** The rules the fixture uses, applied to s = sin(0.37 i + 1.3 k) (the fan-in rule is handled apart). */
    private static final Map<String, DoubleUnaryOperator> RULES = Map.of(
            "1 + 0.1*s", s -> 1 + 0.1 * s,
            "0.1*s", s -> 0.1 * s,
            "1 + 0.5*abs(s)", s -> 1 + 0.5 * Math.abs(s));
    private static final String FAN_IN_RULE = "(2/sqrt(fan_in))*s, fan_in = product of all dims but the first";

    private final JsonNode node;

    private ParityFixture(JsonNode node) {
        this.node = node;
    }

    public static ParityFixture load() {
        try (InputStream in = resource("fixture.json")) {
            return new ParityFixture(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the tensors' names and shapes, in state-dict order */
    public Map<String, int[]> shapes() {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (JsonNode tensor : node.get("weights").get("tensors")) {
            shapes.put(tensor.get("name").asText(), ints(tensor.get("shape")));
        }
        return shapes;
    }

    /** @return the formula weights under their state-dict names, in state-dict order */
    public List<Tensor> weights() {
        List<Tensor> tensors = new ArrayList<>();
        for (JsonNode tensor : node.get("weights").get("tensors")) {
            int[] shape = ints(tensor.get("shape"));
            int k = tensor.get("index").asInt();
            DoubleUnaryOperator rule = rule(tensor.get("rule").asText(), shape);
            int size = 1;
            for (int d : shape) {
                size *= d;
            }
            float[] values = new float[size];
            for (int i = 0; i < size; i++) {
                values[i] = (float) rule.applyAsDouble(Math.sin(0.37 * i + 1.3 * k));
            }
            tensors.add(new Tensor(tensor.get("name").asText(), shape, values));
        }
        return tensors;
    }

    /** Writes the formula weights as a safetensors file, as {@code models import} writes a backbone's. */
    public Path writeWeights(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Safetensors.write(weights(), out);
        }
        return file;
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

    public long[] inputShape() {
        JsonNode shape = node.get("input").get("shape");
        long[] values = new long[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = shape.get(i).asLong();
        }
        return values;
    }

    /** The formula input: sin(0.011 i). */
    public float[] input() {
        String formula = node.get("input").get("formula").asText();
        if (!formula.startsWith("x[i] = sin(0.011*i),")) {
            throw new IllegalArgumentException("an input formula this test does not know: " + formula);
        }
        long size = 1;
        for (long d : inputShape()) {
            size *= d;
        }
        float[] x = new float[(int) size];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(0.011 * i);
        }
        return x;
    }

    public float[] expected() throws IOException {
        try (InputStream in = resource(node.get("expected").asText())) {
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            float[] expected = new float[bytes.remaining() / 4];
            bytes.asFloatBuffer().get(expected);
            return expected;
        }
    }

    /** @return the regular expression of torchvision's renaming of the published file's layer names */
    public String renamingPattern() {
        String about = node.get("about").asText();
        int start = about.indexOf("(pattern: r'") + "(pattern: r'".length();
        return about.substring(start, about.indexOf("'", start));
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    private static InputStream resource(String name) {
        InputStream in = ParityFixture.class.getResourceAsStream("/densenet121-parity/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource densenet121-parity/" + name);
        }
        return in;
    }
}
